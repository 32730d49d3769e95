// What a second `npm run demo` can skip: the migrations when none of their
// sources changed since the database was last migrated, and the admin build
// while the admin's sources are unchanged (both judged by a hash of the files).
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")

const ROOT = path.join(__dirname, "..")
/** Served by `medusa start` from the app's root (Medusa's ADMIN_RELATIVE_OUTPUT_DIR); git-ignored. */
const ADMIN_BUILD_DIR = path.join(ROOT, "public", "admin")
const ADMIN_HASH_FILE = path.join(ADMIN_BUILD_DIR, ".source-hash")
const STATE_TABLE = "dealer_network_demo_state"
const MIGRATIONS_KEY = "migrations_hash"

/** A hash of the files under these paths (relative to the repo root), in a stable order. */
function hashFiles(paths) {
  const hash = crypto.createHash("sha256")
  const visit = (relative) => {
    const absolute = path.join(ROOT, relative)
    if (!fs.existsSync(absolute)) return
    if (fs.statSync(absolute).isDirectory()) {
      for (const name of fs.readdirSync(absolute).sort()) visit(path.join(relative, name))
      return
    }
    hash.update(`${relative}\0`)
    hash.update(fs.readFileSync(absolute))
  }
  paths.forEach(visit)
  return hash.digest("hex")
}

/** The dependencies' versions and config, which both the schema and the admin bundle depend on. */
const SHARED_SOURCES = ["package-lock.json", "medusa-config.ts"]

function migrationSourcesHash() {
  const modules = fs.readdirSync(path.join(ROOT, "src", "modules")).map((name) => `src/modules/${name}/migrations`)
  return hashFiles([...SHARED_SOURCES, "src/links", ...modules])
}

function adminSourcesHash() {
  // The admin imports the plugin's shared types and pure maths too.
  return hashFiles([...SHARED_SOURCES, "src/admin", "src/types", "src/lib"])
}

/** True when the database was migrated from the migration sources as they are now. */
async function migrationsUpToDate(client) {
  const { rows } = await client.query("select to_regclass($1) as found", [STATE_TABLE])
  if (!rows[0].found) return false
  const stored = await client.query(`select value from ${STATE_TABLE} where key = $1`, [MIGRATIONS_KEY])
  return stored.rows[0]?.value === migrationSourcesHash()
}

async function recordMigrations(client) {
  await client.query(`create table if not exists ${STATE_TABLE} (key text primary key, value text not null)`)
  await client.query(
    `insert into ${STATE_TABLE} (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value`,
    [MIGRATIONS_KEY, migrationSourcesHash()]
  )
}

function adminBuildUpToDate() {
  return fs.existsSync(ADMIN_HASH_FILE) && fs.readFileSync(ADMIN_HASH_FILE, "utf8") === adminSourcesHash()
}

/**
 * Bundles the admin dashboard with the plugin's extensions the way `medusa
 * build` does (Medusa's compiler and admin bundler, the admin options of
 * medusa-config.ts), into the folder `medusa start` serves, and records the
 * sources' hash beside it. Run in its own process: see main() below.
 */
async function buildAdmin() {
  const hash = adminSourcesHash()
  const { Compiler } = require("@medusajs/framework/build-tools")
  const { logger } = require("@medusajs/framework/logger")
  const bundler = await import("@medusajs/admin-bundler")
  const compiler = new Compiler(ROOT, logger)
  const tsConfig = await compiler.loadTSConfigFile()
  if (!tsConfig) throw new Error("cannot read tsconfig.json")
  fs.rmSync(ADMIN_BUILD_DIR, { recursive: true, force: true })
  // The compiler would write into the package's .medusa/server; the demo serves it from the root.
  const toDemoFolder = { build: (options) => bundler.build({ ...options, outDir: ADMIN_BUILD_DIR }) }
  if (!(await compiler.buildAppFrontend(false, tsConfig, toDemoFolder))) throw new Error("the admin build failed")
  fs.writeFileSync(ADMIN_HASH_FILE, hash)
}

module.exports = { adminBuildUpToDate, hashFiles, migrationsUpToDate, recordMigrations, ADMIN_BUILD_DIR }

if (require.main === module) {
  buildAdmin().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    }
  )
}
