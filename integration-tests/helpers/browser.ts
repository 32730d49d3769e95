/**
 * The harness of the admin browser tests: the in-repo host app served by
 * `medusa start` in development mode (the admin dashboard with src/admin
 * compiled on the fly by Vite) on a fresh database of its own, and Debian's
 * chromium driven by playwright-core, with screenshots and waiting helpers.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { chromium, Locator, Page } from "playwright-core"
import {
  databaseUrl,
  freePort,
  medusaCommand,
  MedusaServer,
  pgQuery,
  startMedusa,
  stopMedusa,
  tail,
} from "./medusa-process"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/** The admin user the app is created with. */
export const ADMIN_USER = { email: "admin@dealer-network.test", password: "ui-test-password" }

export type AdminApp = {
  baseUrl: string
  /** A JSON request to the app; anything but a 2xx throws with the answer. */
  api: <T = any>(method: string, url: string, body?: unknown, headers?: Record<string, string>) => Promise<T>
  /** A statement on the app's own database, for what no API can do (backdating an order). */
  dbQuery: (sql: string, params?: unknown[]) => ReturnType<typeof pgQuery>
  stop: () => Promise<void>
}

/** The app's server log, `<logDir>/server.log`: its last lines, for error messages. */
const logTail = (server: MedusaServer) => (fs.existsSync(server.logFile) ? tail(server.log()) : "")

async function waitForUrl(server: MedusaServer, url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let last = ""
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`medusa exited with ${server.child.exitCode} before ${url} answered:\n${logTail(server)}`)
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
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last}):\n${logTail(server)}`)
}

type AppOptions = {
  database: string
  logDir: string
  /** Serve the admin dashboard (default); the portal's tests need only the API. */
  admin?: boolean
  /** Origins besides the app's own that call the store and auth routes (the portal). */
  storeOrigins?: string[]
  /** A `medusa exec` script run on the migrated database before the server starts (the demo seed). */
  seedScript?: string
}

/**
 * A fresh database `database`, migrated, with ADMIN_USER, and the app serving
 * it and the dashboard; its log in `<logDir>/server.log`.
 */
export async function startAdminApp({ database, logDir, admin = true, storeOrigins = [], seedScript }: AppOptions): Promise<AdminApp> {
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const env = {
    ...process.env,
    // Development mode serves the dashboard through Vite, with src/admin in it.
    NODE_ENV: "development",
    NODE_OPTIONS: "",
    DATABASE_URL: databaseUrl(database),
    JWT_SECRET: "ui-test-jwt-secret",
    COOKIE_SECRET: "ui-test-cookie-secret",
    ADMIN_CORS: baseUrl,
    AUTH_CORS: [baseUrl, ...storeOrigins].join(","),
    STORE_CORS: [baseUrl, ...storeOrigins].join(","),
    MEDUSA_ADMIN_DISABLED: String(!admin),
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "info",
  }

  await pgQuery(`drop database if exists "${database}" with (force)`)
  await pgQuery(`create database "${database}"`)
  await medusaCommand(["db:migrate"], env)
  await medusaCommand(["user", "-e", ADMIN_USER.email, "-p", ADMIN_USER.password], env)
  if (seedScript) await medusaCommand(["exec", seedScript], env)

  const server = startMedusa("server", port, env, logDir)
  const stop = async () => {
    await stopMedusa(server)
    await pgQuery(`drop database if exists "${database}" with (force)`).catch(() => undefined)
  }
  try {
    await waitForUrl(server, `${baseUrl}/health`, 240_000)
    // The first request makes Vite pre-bundle the dashboard: slow while cold.
    if (admin) await waitForUrl(server, `${baseUrl}/app`, 300_000)
  } catch (error) {
    await stop()
    throw error
  }

  async function api<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    // A fresh connection per call: a reused keep-alive socket the server is closing
    // answers ECONNRESET (seen once in CI), which says nothing about the plugin.
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", connection: "close", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((error: Error) => {
      throw new Error(`${method} ${url} failed (${error.message}; ${String((error as any).cause ?? "")}):\n${logTail(server)}`)
    })
    const json = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${JSON.stringify(json)}`)
    return json as T
  }

  return {
    baseUrl,
    api,
    dbQuery: (sql, params = []) => pgQuery(sql, params, database),
    stop,
  }
}

export type AdminBrowser = {
  page: Page
  /** Uncaught errors of the pages, which a test expects to stay empty. */
  pageErrors: string[]
  /** A screenshot of the whole page, `<artifacts>/<name>.png`. */
  shot: (name: string) => Promise<void>
  /** A screenshot of one element at full resolution, to look at a section closely. */
  shotOf: (locator: ReturnType<Page["locator"]>, name: string) => Promise<void>
  close: () => Promise<void>
}

/** Headless chromium on a throwaway profile, one page, screenshots into `artifacts`. */
export async function launchBrowser(artifacts: string): Promise<AdminBrowser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dealer-network-chromium-"))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: "en-US",
    timezoneId: "UTC",
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
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(60_000)
  const pageErrors: string[] = []
  page.on("pageerror", (error) => pageErrors.push(error.message))

  /** The dashboard scrolls inside its own container, not the document, so the viewport grows to fit it meanwhile. */
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
    // Transitions (a switch's thumb, a drawer sliding in) are run to their end, not caught halfway.
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true, animations: "disabled" })
    await page.setViewportSize(size)
  }

  return {
    page,
    pageErrors,
    shot,
    shotOf: async (locator, name) => {
      await locator.screenshot({ path: path.join(artifacts, `${name}.png`), animations: "disabled" })
    },
    close: async () => {
      await context.close().catch(() => undefined)
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Signs in to the dashboard as ADMIN_USER and waits until it has left the login page. */
export async function logIn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/app/login`, { timeout: 300_000 })
  await page.locator('input[name="email"]').fill(ADMIN_USER.email)
  await page.locator('input[name="password"]').fill(ADMIN_USER.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 180_000 })
}

/** Polls `read` every 500 ms until `done` accepts its value or the time is up; answers the last value either way. */
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** A link of the dashboard's sidebar, by its exact name. */
export const sidebarLink = (page: Page, name: string) =>
  page.locator("nav").getByRole("link", { name, exact: true }).filter({ visible: true })

/**
 * Opens one of the plugin's pages from the sidebar: its one entry, "Dealer
 * network", shows the pages nested under it once it is open.
 */
export async function openPluginPage(page: Page, item: string) {
  if (!(await sidebarLink(page, item).count())) await sidebarLink(page, "Dealer network").click()
  await sidebarLink(page, item).click()
}

/**
 * Types a day ("2026-11-30") or a moment ("2026-11-30T09:00") into one of the
 * admin's date pickers (the element of its test id), segment by segment in the
 * order the admin's language puts them: a date segment is known by its range
 * (the month's ends at 12, the year's in the thousands), then come the hour, the
 * minute and, in a 12-hour locale, AM/PM.
 */
export async function fillDate(picker: Locator, key: string) {
  const [year, month, day, hour = 0, minute = 0] = key.split(/[-T:]/).map(Number)
  const segments = await picker.getByRole("spinbutton").all()
  const texts: string[] = []
  for (const segment of segments.slice(0, 3)) {
    const max = Number(await segment.getAttribute("aria-valuemax"))
    texts.push(String(max === 12 ? month : max > 31 ? year : day))
  }
  const time = segments.slice(3)
  if (time.length === 2) texts.push(String(hour), String(minute))
  if (time.length === 3) texts.push(String(hour % 12 || 12), String(minute), hour < 12 ? "A" : "P")
  // Figures as a person types them: a leading 0 would first clear the segment.
  for (const [index, text] of texts.entries()) {
    await segments[index].click()
    await segments[index].page().keyboard.type(text)
  }
}
