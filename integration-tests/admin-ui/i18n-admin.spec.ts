/**
 * The admin in Russian: a store admin switches the dashboard's language in the
 * profile, and the plugin's sidebar entries, page texts, money and months follow.
 * Screenshots land in test-artifacts/admin-ui-i18n/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, launchBrowser, logIn, sidebarLink, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-i18n")
const PERIOD = new Date().toISOString().slice(0, 7)

let app: AdminApp
let browser: AdminBrowser
let page: Page

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_i18n_${process.pid}`, logDir: ARTIFACTS })

  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  const admin = { authorization: `Bearer ${token}` }
  const { dealer } = await app.api("POST", "/admin/dealers", { code: "URAL-SNAB", name: "Уралснаб", role: "distributor" }, admin)
  await app.api("POST", `/admin/dealers/${dealer.id}`, { status: "active" }, admin)
  await app.api("POST", "/admin/dealer-plans", { dealer_id: dealer.id, period: PERIOD, target_amount: 1234567.5 }, admin)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("The admin in Russian", () => {
  it("shows the plugin's sidebar, texts, money and month in Russian once the profile's language is Russian", async () => {
    await logIn(page, app.baseUrl)
    await page.goto(`${app.baseUrl}/app/settings/profile/edit`)
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("combobox").click()
    await page.getByRole("option", { name: "Русский" }).click()
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })

    // The settings have a sidebar of their own: back to the store's.
    await page.goto(`${app.baseUrl}/app/orders`)
    await browser.shot("00-orders-ru")
    await sidebarLink(page, "Дилерская сеть").click()
    await page.waitForURL(/\/app\/dealer-network$/)
    await page.getByRole("heading", { name: "Дилерская сеть" }).waitFor()
    await sidebarLink(page, "Дилеры").waitFor()
    await sidebarLink(page, "Планы и отклонения").waitFor()
    const month = new Intl.DateTimeFormat("ru", { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date())
    await page.getByText(month).first().waitFor()
    // Russian groups thousands with a (narrow) no-break space and writes a decimal comma.
    expect(await page.getByTestId("overview-plan").innerText()).toMatch(/1\s234\s567,50\s€/)
    await browser.shot("01-overview-ru")
    expect(browser.pageErrors).toEqual([])
  })
})
