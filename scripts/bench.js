// npm run bench: how the plugin's SQL aggregations scale. Builds a network of
// distributors, dealers and sub-dealers with a month of ledger entries in a fresh
// database, times the queries the progress API runs, prints the figures and
// writes them to bench-results/<date>.json.
//
// Uses DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD like npm test (the embedded
// PostgreSQL when nothing answers there). BENCH_DEALERS and BENCH_ORDERS size it.
const { execFileSync } = require("child_process")
const fs = require("fs")
const path = require("path")
const { Client } = require("pg")
const { connectionUrl, isPortOpen, startEmbeddedPostgres, stopEmbeddedPostgres } = require("./postgres")

const ROOT = path.join(__dirname, "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const DATABASE = "dealer_network_bench"
const DEALERS = Number(process.env.BENCH_DEALERS || 2000)
const ORDERS = Number(process.env.BENCH_ORDERS || 200000)

async function connection() {
  const host = process.env.DB_HOST || "localhost"
  const port = Number(process.env.DB_PORT || 5432)
  if (await isPortOpen(host, port)) {
    return {
      connection: { host, port, user: process.env.DB_USERNAME || "postgres", password: process.env.DB_PASSWORD || "" },
      server: null,
    }
  }
  const { server, connection } = await startEmbeddedPostgres(path.join(ROOT, ".data", "test-postgres"), { port: 54328 })
  return { connection, server }
}

async function main() {
  const { connection: conn, server } = await connection()
  const admin = new Client({ ...conn, database: "postgres" })
  await admin.connect()
  await admin.query(`drop database if exists ${DATABASE} with (force)`)
  await admin.query(`create database ${DATABASE}`)
  await admin.end()
  const env = {
    ...process.env,
    DATABASE_URL: connectionUrl(conn, DATABASE),
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLED: "true",
    LOG_LEVEL: "error",
    BENCH_DEALERS: String(DEALERS),
    BENCH_ORDERS: String(ORDERS),
    BENCH_OUTPUT: path.join(ROOT, "bench-results", `${new Date().toISOString().slice(0, 10)}.json`),
  }
  try {
    console.log(`Migrating a fresh database…`)
    execFileSync(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env, stdio: "ignore" })
    execFileSync(MEDUSA_BIN, ["exec", "./src/scripts/bench-queries.ts"], { cwd: ROOT, env, stdio: "inherit" })
  } finally {
    const cleanup = new Client({ ...conn, database: "postgres" })
    await cleanup.connect()
    await cleanup.query(`drop database if exists ${DATABASE} with (force)`)
    await cleanup.end()
    if (server) await stopEmbeddedPostgres(server)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
