/**
 * The published package, installed in a separate Medusa app that lists it in
 * `plugins`: its migrations run, and its routes and workflows serve requests.
 */
import { ChildProcess, execFileSync, spawn } from "child_process"
import fs from "fs"
import path from "path"
import { Client } from "pg"
import jwt from "jsonwebtoken"

jest.setTimeout(300_000)

const ROOT = path.join(__dirname, "..", "..")
const HOST_APP = path.join(ROOT, ".data", "package-host-app")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const DATABASE = `dealer_network_package_${process.pid}`
const PORT = 9300 + (process.pid % 500)
const JWT_SECRET = "package-test-secret"

const connection = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const databaseUrl = `postgres://${encodeURIComponent(connection.user)}${
  connection.password ? `:${encodeURIComponent(connection.password)}` : ""
}@${connection.host}:${connection.port}/${DATABASE}`

const hostEnv = () => ({
  ...process.env,
  NODE_ENV: "development",
  NODE_OPTIONS: "",
  DATABASE_URL: databaseUrl,
  JWT_SECRET,
  MEDUSA_DISABLE_TELEMETRY: "true",
  PORT: String(PORT),
})

async function adminQuery(sql: string) {
  const client = new Client({ ...connection, database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function packPlugin() {
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" })
  const packDir = path.join(HOST_APP, "pack")
  fs.mkdirSync(packDir, { recursive: true })
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", packDir], { cwd: ROOT })
    .toString()
    .trim()
    .split("\n")
    .pop()!
  const target = path.join(HOST_APP, "node_modules", "medusa-plugin-dealer-network")
  fs.mkdirSync(target, { recursive: true })
  execFileSync("tar", ["-xzf", path.join(packDir, tarball), "-C", target, "--strip-components=1"])
  return target
}

function writeHostApp() {
  fs.writeFileSync(
    path.join(HOST_APP, "package.json"),
    JSON.stringify({
      name: "package-host-app",
      private: true,
      version: "0.0.0",
      // The CLI recognises a Medusa app by these; the packages resolve from the project's node_modules.
      dependencies: { "@medusajs/medusa": "2.21.2", "medusa-plugin-dealer-network": "file:./pack" },
    })
  )
  fs.writeFileSync(
    path.join(HOST_APP, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { jwtSecret: process.env.JWT_SECRET, cookieSecret: "cookie", storeCors: "*", adminCors: "*", authCors: "*" },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-plugin-dealer-network", options: { defaultCurrency: "pln" } }],
})
`
  )
}

async function waitForHealth(server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`host app exited:\n${output()}`)
    try {
      const res = await fetch(`http://localhost:${PORT}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`host app did not answer /health:\n${output()}`)
}

describe("the packed plugin in another Medusa app", () => {
  let server: ChildProcess | undefined
  let log = ""

  beforeAll(async () => {
    fs.rmSync(HOST_APP, { recursive: true, force: true })
    fs.mkdirSync(HOST_APP, { recursive: true })
    writeHostApp()
    packPlugin()
    await adminQuery(`drop database if exists "${DATABASE}"`)
    await adminQuery(`create database "${DATABASE}"`)
  })

  afterAll(async () => {
    server?.kill("SIGTERM")
    await new Promise((r) => setTimeout(r, 1000))
    await adminQuery(`drop database if exists "${DATABASE}" with (force)`)
    fs.rmSync(HOST_APP, { recursive: true, force: true })
  })

  it("ships only the built server code, without the in-repo host app, tests or demo scripts", () => {
    const files = execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: ROOT }).toString()
    const paths: string[] = JSON.parse(files)[0].files.map((f: { path: string }) => f.path)
    expect(paths).toContain(".medusa/server/src/modules/dealer-network/index.js")
    expect(paths).toContain(".medusa/server/src/admin/index.mjs")
    expect(paths).toContain(".medusa/server/src/client/index.js")
    expect(paths).toContain(".medusa/server/src/client/index.d.ts")
    expect(paths.some((p) => p.startsWith(".medusa/server/src/modules/dealer-network/migrations/"))).toBe(true)
    expect(paths.filter((p) => /medusa-config|__tests__|integration-tests|src\/scripts/.test(p))).toEqual([])
  })

  it("migrates, boots and serves the plugin's routes and workflows", async () => {
    execFileSync(MEDUSA_BIN, ["db:migrate"], { cwd: HOST_APP, env: hostEnv(), stdio: "pipe" })
    const tables = new Client({ ...connection, database: DATABASE })
    await tables.connect()
    const { rows } = await tables.query(
      "select table_name from information_schema.tables where table_name in ('dealer', 'dealer_agreement', 'dealer_zone') order by 1"
    )
    await tables.end()
    expect(rows.map((r) => r.table_name)).toEqual(["dealer", "dealer_agreement", "dealer_zone"])

    server = spawn(MEDUSA_BIN, ["start"], { cwd: HOST_APP, env: hostEnv() })
    server.stdout?.on("data", (d) => (log += d))
    server.stderr?.on("data", (d) => (log += d))
    await waitForHealth(server, () => log)

    const anonymous = await fetch(`http://localhost:${PORT}/admin/dealers`)
    expect(anonymous.status).toBe(401)

    const token = jwt.sign({ actor_id: "user_package_test", actor_type: "user", auth_identity_id: "authid_test" }, JWT_SECRET)
    const created = await fetch(`http://localhost:${PORT}/admin/dealers`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ code: "PKG", name: "Packaged Dealer", role: "distributor" }),
    })
    expect(created.status).toBe(201)
    const { dealer } = await created.json()
    // Plugin options reach the module; the workflow made the dealer's customer group.
    expect(dealer).toMatchObject({ code: "PKG", currency_code: "pln" })
    expect(dealer.customer_group_id).toMatch(/^cusgroup_/)
  })

  it("exports the typed store client, with its types, to a storefront", () => {
    const loaded = execFileSync("node", ["-p", `typeof require("medusa-plugin-dealer-network/client").createDealerNetworkStore`], {
      cwd: HOST_APP,
    })
    expect(loaded.toString().trim()).toBe("function")

    // A storefront's code type-checks against the package's declarations, and a wrong call does not.
    fs.writeFileSync(
      path.join(HOST_APP, "storefront.ts"),
      `import Medusa from "@medusajs/js-sdk"
import { createDealerNetworkStore, type StoreCatalogResponse, type StoreOrdersResponse } from "medusa-plugin-dealer-network/client"

const dealerNetwork = createDealerNetworkStore(new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_test" }))
export const catalog: Promise<StoreCatalogResponse> = dealerNetwork.catalog.list({ q: "drill", limit: 24 })
export const invoices: Promise<StoreOrdersResponse> = dealerNetwork.orders.list({ payment_state: ["unpaid"], overdue: true })
export const price = (page: StoreCatalogResponse) => page.products[0]?.variants[0]?.prices[0]?.amount.toUpperCase()
// @ts-expect-error a store route takes no dealer id
dealerNetwork.catalog.list({ dealer_id: "dlr_1" })
// @ts-expect-error payment states are named
dealerNetwork.orders.list({ payment_state: "late" })
`
    )
    const tsc = path.join(ROOT, "node_modules", ".bin", "tsc")
    const args = ["--noEmit", "--strict", "--skipLibCheck", "--module", "node16", "--moduleResolution", "node16", "storefront.ts"]
    expect(() => execFileSync(tsc, args, { cwd: HOST_APP, stdio: "pipe" })).not.toThrow()
  })
})
