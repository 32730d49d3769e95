/**
 * The admin extensions in a real browser: a fresh database, the in-repo host
 * app served by `medusa start` in development mode (the admin dashboard with
 * src/admin compiled on the fly by Vite), and Debian's chromium driven by
 * playwright-core. Screenshots land in test-artifacts/admin-ui/.
 */
import { ChildProcess, execFileSync, spawn } from "child_process"
import fs from "fs"
import net from "net"
import os from "os"
import path from "path"
import { Client } from "pg"
import { BrowserContext, chromium, Page } from "playwright-core"

jest.setTimeout(900_000)

const ROOT = path.join(__dirname, "..", "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui")
const DATABASE = `dealer_network_ui_${process.pid}`
const ADMIN_EMAIL = "admin@dealer-network.test"
const ADMIN_PASSWORD = "ui-test-password"
const JWT_SECRET = "ui-test-jwt-secret"
const COOKIE_SECRET = "ui-test-cookie-secret"

const connection = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const databaseUrl = `postgres://${encodeURIComponent(connection.user)}${
  connection.password ? `:${encodeURIComponent(connection.password)}` : ""
}@${connection.host}:${connection.port}/${DATABASE}`

let port = 0
let baseUrl = ""
let server: ChildProcess | null = null
let serverLog: fs.WriteStream | null = null
let context: BrowserContext | null = null
let page: Page
let userDataDir = ""
const pageErrors: string[] = []

const serverEnv = () => ({
  ...process.env,
  // Development mode serves the dashboard through Vite, with src/admin in it.
  NODE_ENV: "development",
  NODE_OPTIONS: "",
  DATABASE_URL: databaseUrl,
  PORT: String(port),
  JWT_SECRET,
  COOKIE_SECRET,
  ADMIN_CORS: `http://localhost:${port}`,
  AUTH_CORS: `http://localhost:${port}`,
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "info",
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

function medusa(args: string[]) {
  execFileSync(MEDUSA_BIN, args, { cwd: ROOT, env: serverEnv(), stdio: "pipe" })
}

function logTail(lines = 40) {
  const file = path.join(ARTIFACTS, "server.log")
  if (!fs.existsSync(file)) return ""
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
}

async function waitForUrl(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let last = ""
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) {
      throw new Error(`medusa exited with ${server.exitCode} before ${url} answered:\n${logTail()}`)
    }
    try {
      const res = await fetch(url)
      if (res.ok) return
      last = `HTTP ${res.status}`
    } catch (error) {
      last = (error as Error).message
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last}):\n${logTail()}`)
}

async function api<T = any>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<T> {
  // A fresh connection per call: a reused keep-alive socket the server is closing
  // answers ECONNRESET (seen once in CI), which says nothing about the plugin.
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { "content-type": "application/json", connection: "close", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: Error) => {
    throw new Error(`${method} ${url} failed (${error.message}; ${String((error as any).cause ?? "")}):\n${logTail()}`)
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${JSON.stringify(json)}`)
  return json as T
}

/**
 * A screenshot of the whole page. The dashboard scrolls inside its own
 * container, not the document, so the viewport grows to fit it meanwhile.
 */
async function shot(name: string) {
  const size = page.viewportSize()!
  const height = await page.evaluate(() => {
    let bottom = document.documentElement.scrollHeight
    for (const el of Array.from(document.querySelectorAll("*"))) {
      if (!/(auto|scroll)/.test(getComputedStyle(el).overflowY)) continue
      if (el.scrollHeight <= el.clientHeight) continue
      bottom = Math.max(bottom, el.getBoundingClientRect().top + el.scrollHeight)
    }
    return Math.ceil(bottom)
  })
  if (height > size.height) {
    await page.setViewportSize({ width: size.width, height: Math.min(height + 24, 4000) })
  }
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
  await page.setViewportSize(size)
}

/** The link of a dealer's code in the dealer table. */
const tableLink = (code: string) => page.locator("table").getByRole("link", { name: code, exact: true })
/** The table row of a dealer, found by its code's link. */
const tableRow = (code: string) =>
  page.locator("table tbody tr").filter({ has: page.getByRole("link", { name: code, exact: true }) })

const seeded: Record<string, string> = {}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  port = await freePort()
  baseUrl = `http://localhost:${port}`

  await adminQuery(`drop database if exists "${DATABASE}" with (force)`)
  await adminQuery(`create database "${DATABASE}"`)
  medusa(["db:migrate"])
  medusa(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD])

  serverLog = fs.createWriteStream(path.join(ARTIFACTS, "server.log"))
  server = spawn(MEDUSA_BIN, ["start"], {
    cwd: ROOT,
    env: serverEnv(),
    detached: true, // its own process group, so the whole tree can be stopped
    stdio: ["ignore", "pipe", "pipe"],
  })
  server.stdout!.pipe(serverLog)
  server.stderr!.pipe(serverLog)
  await waitForUrl(`${baseUrl}/health`, 240_000)
  // The first request makes Vite pre-bundle the dashboard: slow while cold.
  await waitForUrl(`${baseUrl}/app`, 300_000)

  // Seed through the admin API, as an admin.
  const { token } = await api("POST", "/auth/user/emailpass", {
    email: ADMIN_EMAIL,
    password: ADMIN_PASSWORD,
  })
  const admin = { authorization: `Bearer ${token}` }
  const createDealer = async (body: Record<string, unknown>) => {
    const { dealer } = await api("POST", "/admin/dealers", body, admin)
    seeded[dealer.code] = dealer.id
    return dealer
  }
  const north = await createDealer({
    code: "DIST-NORTH",
    name: "Nordic Distribution",
    role: "distributor",
    city: "Hamburg",
    country_code: "de",
    tax_id: "DE100000001",
  })
  const berlin = await createDealer({
    code: "DLR-BERLIN",
    name: "Berlin Tools",
    role: "dealer",
    parent_id: north.id,
    city: "Berlin",
    country_code: "de",
    email: "office@berlin-tools.test",
  })
  await createDealer({
    code: "SUB-POTSDAM",
    name: "Potsdam Workshop",
    role: "sub_dealer",
    parent_id: berlin.id,
    city: "Potsdam",
    country_code: "de",
  })
  await createDealer({
    code: "DLR-MUNICH",
    name: "Munich Machines",
    role: "dealer",
    city: "Munich",
    country_code: "de",
  })

  // DLR-BERLIN gets a member, a draft agreement and an exclusive zone.
  const { customer } = await api(
    "POST",
    "/admin/customers",
    { email: "buyer@berlin-tools.test", first_name: "Bea", last_name: "Buyer" },
    admin
  )
  await api("POST", `/admin/dealers/${berlin.id}/members`, { customer_id: customer.id, role: "manager" }, admin)
  // A customer without a dealer, to add through the UI.
  await api(
    "POST",
    "/admin/customers",
    { email: "walker@berlin-tools.test", first_name: "Wes", last_name: "Walker" },
    admin
  )
  await api(
    "POST",
    `/admin/dealers/${berlin.id}/agreements`,
    { number: "AGR-BERLIN-1", valid_from: "2026-01-01T00:00:00.000Z", payout_form: "cash" },
    admin
  )
  const { territory } = await api(
    "POST",
    "/admin/dealer-territories",
    { code: "DE", name: "Germany", type: "country", country_code: "de" },
    admin
  )
  await api(
    "POST",
    "/admin/dealer-zones",
    { dealer_id: berlin.id, territory_id: territory.id, is_exclusive: true, starts_at: "2026-01-01T00:00:00.000Z" },
    admin
  )

  // A pending application from a storefront customer.
  const { api_key } = await api(
    "POST",
    "/admin/api-keys",
    { title: "UI test storefront", type: "publishable" },
    admin
  )
  const pk = { "x-publishable-api-key": api_key.token }
  const applicant = { email: "owner@acme-retail.test", password: "applicant-password" }
  const registration = await api("POST", "/auth/customer/emailpass/register", applicant)
  await api(
    "POST",
    "/store/customers",
    { email: applicant.email, first_name: "Ada", last_name: "Acme" },
    { ...pk, authorization: `Bearer ${registration.token}` }
  )
  const login = await api("POST", "/auth/customer/emailpass", applicant)
  await api(
    "POST",
    "/store/dealer-applications",
    { company_name: "Acme Retail", city: "Leipzig", country_code: "de", requested_role: "dealer", tax_id: "DE200000002" },
    { ...pk, authorization: `Bearer ${login.token}` }
  )

  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dealer-network-chromium-"))
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(60_000)
  page.on("pageerror", (error) => pageErrors.push(error.message))
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true })
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve))
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-server!.pid!, "SIGKILL")
      } catch {
        // already gone
      }
    }, 10_000)
    await exited
    clearTimeout(timer)
  }
  serverLog?.end()
  await adminQuery(`drop database if exists "${DATABASE}" with (force)`).catch(() => undefined)
})

describe("Dealer network admin", () => {
  it("logs in and opens the Dealer network page from the sidebar", async () => {
    await page.goto(`${baseUrl}/app/login`, { timeout: 300_000 })
    await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 180_000 })

    await page.getByRole("link", { name: "Dealer network" }).click()
    await page.waitForURL(/\/app\/dealers$/)
    await page.getByRole("heading", { name: "Dealer network" }).waitFor()
    for (const code of ["DIST-NORTH", "DLR-BERLIN", "SUB-POTSDAM", "DLR-MUNICH"]) {
      await tableLink(code).waitFor()
    }
    const berlinRow = tableRow("DLR-BERLIN")
    const rowText = await berlinRow.innerText()
    expect(rowText).toContain("Berlin Tools")
    expect(rowText).toContain("Dealer")
    expect(rowText).toContain("Applicant")
    expect(rowText).toContain("DIST-NORTH")
    expect(rowText).toContain("Berlin, DE")
    await shot("01-dealer-list")
  })

  it("narrows the table by search and by role", async () => {
    await page.getByPlaceholder("Search dealers").fill("munich")
    await tableLink("DIST-NORTH").waitFor({ state: "detached" })
    await tableLink("DLR-MUNICH").waitFor()
    expect(await page.locator("table tbody tr").count()).toBe(1)
    await shot("02-search-munich")

    await page.getByPlaceholder("Search dealers").fill("")
    await tableLink("DIST-NORTH").waitFor()

    await page.getByTestId("role-filter").click()
    await page.getByRole("option", { name: "Sub-dealer" }).click()
    await tableLink("DLR-BERLIN").waitFor({ state: "detached" })
    await tableLink("SUB-POTSDAM").waitFor()
    expect(await page.locator("table tbody tr").count()).toBe(1)
    await page.getByTestId("role-filter").click()
    await page.getByRole("option", { name: "All roles" }).click()
    await tableLink("DLR-BERLIN").waitFor()
  })

  it("creates a dealer through the form, showing the API's error first", async () => {
    await page.getByRole("button", { name: "Create dealer" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Create dealer" }).waitFor()
    await drawer.locator("#dealer-code").fill("DLR-BERLIN")
    await drawer.locator("#dealer-name").fill("Hamburg Harbour Supply")
    await drawer.locator("#dealer-parent").click()
    await page.getByRole("option", { name: /DIST-NORTH/ }).click()
    await drawer.locator("#dealer-tax-id").fill("DE300000003")
    await drawer.locator("#dealer-email").fill("sales@harbour-supply.test")
    await drawer.locator("#dealer-city").fill("Hamburg")
    await drawer.locator("#dealer-country").fill("de")
    await drawer.getByRole("button", { name: "Save" }).click()

    // The code is taken: the drawer stays open with the API's message.
    const error = drawer.getByTestId("create-dealer-error")
    await error.waitFor()
    expect(await error.innerText()).toMatch(/already has code DLR-BERLIN/)
    await shot("03-create-dealer-error")

    await drawer.locator("#dealer-code").fill("DLR-HAMBURG")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })
    await tableLink("DLR-HAMBURG").waitFor()
    const row = await tableRow("DLR-HAMBURG").innerText()
    expect(row).toContain("Hamburg Harbour Supply")
    expect(row).toContain("DIST-NORTH")
    await shot("04-dealer-created")
  })

  it("shows a dealer's header, members, agreements, zones and sub-network", async () => {
    await tableLink("DLR-BERLIN").click()
    await page.waitForURL(new RegExp(`/app/dealers/${seeded["DLR-BERLIN"]}$`))
    await page.getByRole("heading", { name: "DLR-BERLIN · Berlin Tools" }).waitFor()

    const tree = page.getByTestId("dealer-tree")
    await tree.locator('[data-dealer-code="SUB-POTSDAM"]').waitFor()
    await page.getByTestId("dealer-ancestors").getByRole("link", { name: "DIST-NORTH" }).waitFor()
    await page.getByTestId("dealer-members-section").getByText("buyer@berlin-tools.test").waitFor()
    expect(await page.getByTestId("dealer-members-section").innerText()).toContain("Manager")
    await page.getByTestId("dealer-agreements-section").getByText("AGR-BERLIN-1").waitFor()
    await page.getByTestId("dealer-zones-section").locator("tbody").getByText("Exclusive").waitFor()
    expect(await page.getByTestId("dealer-zones-section").innerText()).toContain("Germany")
    await shot("05-dealer-detail")

    // Add a member by searching customers, then remove the seeded one.
    const members = page.getByTestId("dealer-members-section")
    await members.getByRole("button", { name: "Add member" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("#member-role").click()
    await page.getByRole("option", { name: "Owner" }).click()
    await drawer.locator("#member-search").fill("walker")
    const result = drawer.locator("div", { hasText: "walker@berlin-tools.test" }).getByRole("button", { name: "Add", exact: true })
    await result.waitFor()
    await shot("06-add-member")
    await result.click()
    await drawer.waitFor({ state: "detached" })
    const walkerRow = members.locator("tbody tr", { hasText: "walker@berlin-tools.test" })
    await walkerRow.waitFor()
    expect(await walkerRow.innerText()).toContain("Owner")

    await members.getByRole("button", { name: "Remove buyer@berlin-tools.test" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click()
    await members.getByText("buyer@berlin-tools.test").waitFor({ state: "detached" })

    // Activating the draft agreement puts it in force and makes the dealer active.
    await page.getByTestId("dealer-agreements-section").getByRole("button", { name: "Activate" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Activate" }).click()
    await page.getByTestId("dealer-agreements-section").getByText("In force").waitFor()
    await page.getByTestId("dealer-general-section").getByText("Active", { exact: true }).waitFor()
    await page.getByTestId("dealer-tree").locator('[data-dealer-code="DLR-BERLIN"]').first().getByText("Active", { exact: true }).first().waitFor()
    await shot("07-agreement-activated")

    // The tree links to the sub-dealer, whose upline runs back to the distributor.
    await tree.getByRole("link", { name: "SUB-POTSDAM" }).click()
    await page.waitForURL(new RegExp(`/app/dealers/${seeded["SUB-POTSDAM"]}$`))
    await page.getByRole("heading", { name: "SUB-POTSDAM · Potsdam Workshop" }).waitFor()
    const upline = page.getByTestId("dealer-ancestors")
    await upline.getByRole("link", { name: "DLR-BERLIN" }).waitFor()
    expect((await upline.innerText()).replace(/\s+/g, " ")).toMatch(/DIST-NORTH.*DLR-BERLIN.*SUB-POTSDAM/)
    await shot("08-sub-dealer-detail")
  })

  it("approves a pending application with a dealer code", async () => {
    await page.getByRole("link", { name: "Dealer applications" }).click()
    await page.waitForURL(/\/app\/dealer-applications$/)
    const row = page.locator("tr", { hasText: "Acme Retail" })
    await row.waitFor()
    await shot("09-applications")

    await row.getByRole("button", { name: "Approve" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("#approve-code").fill("DLR-ACME")
    await drawer.getByRole("button", { name: "Approve" }).click()
    await drawer.waitFor({ state: "detached" })
    await row.waitFor({ state: "detached" })

    await page.getByRole("link", { name: "Dealer network" }).click()
    await tableLink("DLR-ACME").waitFor()
    expect(await tableRow("DLR-ACME").innerText()).toContain("Acme Retail")
  })

  it("raised no errors in the page", () => {
    expect(pageErrors).toEqual([])
  })
})
