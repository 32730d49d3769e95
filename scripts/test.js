// npm test: unit, module and HTTP integration tests against a real PostgreSQL.
// Uses DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when a server answers there, and
// otherwise starts the embedded PostgreSQL under .data/test-postgres.
const { spawnSync } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { isPortOpen, startEmbeddedPostgres } = require("./postgres")

const SUITES = ["unit", "modules", "http", "distributed", "ui", "portal", "package"]

async function resolveDatabaseEnv() {
  const host = process.env.DB_HOST || "localhost"
  const port = Number(process.env.DB_PORT || 5432)
  if (await isPortOpen(host, port)) {
    return {
      env: {
        DB_HOST: host,
        DB_PORT: String(port),
        DB_USERNAME: process.env.DB_USERNAME || "postgres",
        DB_PASSWORD: process.env.DB_PASSWORD || "",
      },
      server: null,
    }
  }
  console.log(`No PostgreSQL at ${host}:${port}; starting the embedded one.`)
  const dataDir = path.join(__dirname, "..", ".data", "test-postgres")
  const embeddedPort = Number(process.env.TEST_EMBEDDED_PG_PORT || 54328)
  const { server, connection } = await startEmbeddedPostgres(dataDir, { port: embeddedPort })
  return {
    env: {
      DB_HOST: connection.host,
      DB_PORT: String(connection.port),
      DB_USERNAME: connection.user,
      DB_PASSWORD: connection.password,
    },
    server,
  }
}

function runSuite(suite, env, extraArgs) {
  const resultFile = path.join(os.tmpdir(), `dealer-network-jest-${suite}-${process.pid}.json`)
  const jest = require.resolve("jest/bin/jest")
  // One worker at a time, replaced once it holds more than 2 GB after a file: every
  // HTTP test file boots a whole Medusa app, and a single process running them all
  // one after the other runs out of heap.
  const args = [
    jest,
    "--silent=false",
    "--maxWorkers=1",
    "--workerIdleMemoryLimit=2GB",
    "--forceExit",
    "--json",
    `--outputFile=${resultFile}`,
    ...extraArgs,
  ]
  const run = spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, ...env, TEST_TYPE: suite },
  })
  let result = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 }
  if (fs.existsSync(resultFile)) {
    result = JSON.parse(fs.readFileSync(resultFile, "utf8"))
    fs.rmSync(resultFile)
  } else {
    result.numFailedTests = 1
  }
  return { status: run.status, ...result }
}

async function main() {
  const requested = process.argv.slice(2).filter((a) => SUITES.includes(a))
  const extraArgs = process.argv.slice(2).filter((a) => !SUITES.includes(a))
  const suites = requested.length ? requested : SUITES
  const { env, server } = await resolveDatabaseEnv()
  const sharedEnv = {
    ...env,
    NODE_ENV: "test",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  }
  let passed = 0
  let failed = 0
  let skipped = 0
  let exitCode = 0
  try {
    for (const suite of suites) {
      console.log(`\n=== ${suite} tests ===`)
      const result = runSuite(suite, sharedEnv, extraArgs)
      passed += result.numPassedTests
      failed += result.numFailedTests
      skipped += result.numPendingTests
      if (result.status !== 0) exitCode = 1
    }
  } finally {
    if (server) await server.stop()
  }
  if (exitCode !== 0 && failed === 0) failed = 1
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
  process.exit(exitCode)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
