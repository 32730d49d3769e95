/**
 * The harness of the dealer portal's browser tests: the in-repo app (API only)
 * on a database of its own seeded with the demo network, the built portal served
 * beside it, and chromium; `logInAs` opens the portal as one of the demo's members.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { BUYER_PASSWORD, DEMO_MARKER_KEY } from "../../src/scripts/demo/demo-data"
import { AdminApp, AdminBrowser, launchBrowser, startAdminApp } from "./browser"
import { freePort, ROOT } from "./medusa-process"

// CommonJS scripts shared with `npm run demo`.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ensurePortalBuild, startPortalServer } = require("../../scripts/portal-server")

export type PortalSuite = {
  app: AdminApp
  browser: AdminBrowser
  page: Page
  portalUrl: string
  publishableKey: string
  artifacts: string
  /** Logs the page in to the portal as this demo member (password: the demo's). */
  logInAs: (email: string, password?: string) => Promise<void>
  logOut: () => Promise<void>
}

/** A day or an instant as the portal writes it in English ("Dec 3, 2026"). */
export const portalDay = (value: string) =>
  new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric" }).format(
    new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value)
  )

/** Text with every kind of space (Russian figures group digits with no-break spaces) as a plain one. */
export const plainSpaces = (text: string) => text.replace(/\s/g, " ")

let portalServer: { url: string; close: () => Promise<void> } | undefined

/** Builds the portal if its sources changed, boots the app with the demo seed, serves the portal, opens chromium. */
export async function startPortalSuite(folder: string): Promise<PortalSuite> {
  const artifacts = path.join(ROOT, "test-artifacts", folder)
  fs.mkdirSync(artifacts, { recursive: true })
  for (const file of fs.readdirSync(artifacts)) fs.rmSync(path.join(artifacts, file), { force: true })
  const portalPort = await freePort()
  const portalOrigin = `http://localhost:${portalPort}`
  const [app] = await Promise.all([
    startAdminApp({
      database: `dealer_network_portal_${folder.replace(/\W/g, "_")}_${process.pid}`,
      logDir: artifacts,
      admin: false,
      storeOrigins: [portalOrigin],
      seedScript: "./src/scripts/seed-demo.ts",
    }),
    ensurePortalBuild(),
  ])
  const { rows: [store] } = await app.dbQuery("select metadata from store limit 1")
  const publishableKey = store.metadata[DEMO_MARKER_KEY].publishable_key as string
  portalServer = await startPortalServer({ port: portalPort, backendUrl: app.baseUrl, publishableKey })
  const browser = await launchBrowser(artifacts)
  const page = browser.page

  const logInAs = async (email: string, password = BUYER_PASSWORD) => {
    await page.goto(portalOrigin)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.getByTestId("portal-dealer-name").waitFor({ timeout: 30_000 })
  }
  const logOut = async () => {
    await page.getByRole("button", { name: /Log out|Выйти/ }).click()
    await page.locator('input[name="email"]').waitFor()
  }
  return { app, browser, page, portalUrl: portalOrigin, publishableKey, artifacts, logInAs, logOut }
}

export async function stopPortalSuite(suite: PortalSuite | undefined) {
  await suite?.browser.close()
  await portalServer?.close()
  portalServer = undefined
  await suite?.app.stop()
}
