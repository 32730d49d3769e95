// npm run bench [-- --scale smoke|default|large]: the plugin's benchmark.
// Creates a fresh database, migrates it, and runs src/scripts/bench/index.ts
// (`medusa exec`), which seeds, measures and writes bench-results/<date>.json and .md.
// The checkout's baseline is the same app without the plugin, booted from a folder
// without the plugin's src/.
//
// Uses DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD like npm test (the embedded
// PostgreSQL when nothing answers there). BENCH_SCALE (or --scale) picks the size;
// BENCH_DEALERS, BENCH_ORDERS and BENCH_RUNS override parts of it.
// BENCH_KEEP=1 keeps a copy of the freshly seeded network (its name is printed);
// BENCH_SEEDED=<that name> starts from a copy of it instead of seeding (a large
// network takes ~26 minutes to seed, a copy of it one or two).
// The app without the plugin runs on the same database, so the checkout's two
// apps differ in the plugin's code only, not in their data.
const { execFileSync } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { Client } = require("pg")
const { connectionUrl, isPortOpen, startEmbeddedPostgres, stopEmbeddedPostgres } = require("./postgres")

const ROOT = path.join(__dirname, "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
// Per run, so that benches of several checkouts on one server do not drop each other's databases.
const DATABASE = `dealer_network_bench_${process.pid}`

function scaleArgument(argv) {
  const at = argv.indexOf("--scale")
  if (at >= 0) return argv[at + 1]
  const inline = argv.find((arg) => arg.startsWith("--scale="))
  return inline ? inline.slice("--scale=".length) : undefined
}

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

async function onMaintenanceDb(conn, statements) {
  const admin = new Client({ ...conn, database: "postgres" })
  await admin.connect()
  try {
    for (const statement of statements) await admin.query(statement)
  } finally {
    await admin.end()
  }
}

/**
 * An app folder with the in-repo app's medusa-config.ts and, of the plugin's src/,
 * only `sources`: none for the app without the plugin (its medusa-config.ts leaves
 * the plugin's modules out under DEALER_NETWORK_BENCH_WITHOUT_PLUGIN=1); the modules
 * (and the demo programs medusa-config.ts reads) for the app with the plugin's
 * modules but none of its routes, middlewares, subscribers, links, workflows or jobs.
 */
function appFolder(kind, sources) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dealer-network-bench-${kind}-`))
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: `dealer-network-bench-${kind}`, private: true, dependencies: { "@medusajs/medusa": "2.21.2" } })
  )
  for (const file of ["medusa-config.ts", "tsconfig.json", "node_modules", ...sources]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.symlinkSync(path.join(ROOT, file), path.join(dir, file))
  }
  return dir
}

async function keepSeededCopy(conn, scale) {
  const kept = ["dealer_network_bench_seeded", scale, process.env.BENCH_DEALERS].filter(Boolean).join("_")
  await onMaintenanceDb(conn, [`drop database if exists ${kept} with (force)`, `create database ${kept} template ${DATABASE}`])
  console.log(`Kept a copy of the seeded network: BENCH_SEEDED=${kept} (drop it with: dropdb ${kept})\n`)
}

async function main() {
  const scale = scaleArgument(process.argv.slice(2)) || process.env.BENCH_SCALE || "default"
  const { connection: conn, server } = await connection()
  const seeded = process.env.BENCH_SEEDED
  await onMaintenanceDb(conn, [
    `drop database if exists ${DATABASE} with (force)`,
    seeded ? `create database ${DATABASE} template ${seeded}` : `create database ${DATABASE}`,
  ])
  const baselineDir = appFolder("baseline", [])
  const modulesOnlyDir = appFolder("modules-only", ["src/modules", "src/scripts"])
  const common = {
    ...process.env,
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLED: "true",
    LOG_LEVEL: "error",
    DEALER_NETWORK_SCHEDULED_JOBS: "off",
  }
  const env = {
    ...common,
    DATABASE_URL: connectionUrl(conn, DATABASE),
    BENCH_SCALE: scale,
    BENCH_SEED_TIME_FILE: path.join(baselineDir, "seed-ms"),
    BENCH_BASELINE_DIR: baselineDir,
    BENCH_MODULES_ONLY_DIR: modulesOnlyDir,
    BENCH_OUTPUT: path.join(ROOT, "bench-results", `${new Date().toISOString().slice(0, 10)}.json`),
    // measure.ts collects garbage before each timed run, so one run's peak memory is not the runs' before it.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--expose-gc"].filter(Boolean).join(" "),
  }
  try {
    console.log("Migrating a fresh database…")
    execFileSync(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env, stdio: "ignore" })
    const exec = (phase) =>
      execFileSync(MEDUSA_BIN, ["exec", "./src/scripts/bench/index.ts"], { cwd: ROOT, env: { ...env, BENCH_PHASE: phase }, stdio: "inherit" })
    if (!seeded) exec("seed")
    if (!seeded && process.env.BENCH_KEEP === "1") await keepSeededCopy(conn, scale)
    exec("measure")
  } finally {
    await onMaintenanceDb(conn, [`drop database if exists ${DATABASE} with (force)`])
    for (const dir of [baselineDir, modulesOnlyDir]) fs.rmSync(dir, { recursive: true, force: true })
    if (server) await stopEmbeddedPostgres(server)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
