/**
 * The contests admin in a real browser: create a sub-network contest in the
 * drawer (audience picker, prize rows), publish it, read the live
 * leaderboard, close it and see the prize accruals; the dealer page's section.
 * Screenshots land in test-artifacts/admin-ui-contests/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, launchBrowser, logIn, openPluginPage, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-contests")
const TODAY = new Date().toISOString().slice(0, 10)

let app: AdminApp
let browser: AdminBrowser
let page: Page
const dealers: Record<string, string> = {}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_contests_${process.pid}`, logDir: ARTIFACTS })

  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  const admin = { authorization: `Bearer ${token}` }
  const dealer = async (code: string, name: string, fields: Record<string, unknown>) => {
    const { dealer } = await app.api("POST", "/admin/dealers", { code, name, ...fields }, admin)
    await app.api("POST", `/admin/dealers/${dealer.id}`, { status: "active" }, admin)
    dealers[code] = dealer.id
  }
  await dealer("NORDWERK", "Nordwerk Distribution", { role: "distributor", city: "Hamburg", country_code: "de" })
  await dealer("KIEL-TOOLS", "Kieler Werkzeughandel", { role: "sub_dealer", parent_id: dealers.NORDWERK })
  await dealer("LUEBECK-BAU", "Lübecker Baubedarf", { role: "sub_dealer", parent_id: dealers.NORDWERK })
  await dealer("HUSUM-PRO", "Husum Profi-Werkzeug", { role: "sub_dealer", parent_id: dealers.NORDWERK })
  await dealer("ELSEWHERE", "Somewhere Else GmbH", { role: "dealer" })
  // Today's sales in the plan ledger, as the order.placed subscriber writes them.
  const sales: [string, string][] = [
    ["KIEL-TOOLS", "1520.40"],
    ["LUEBECK-BAU", "980.00"],
    ["HUSUM-PRO", "980.00"],
    ["NORDWERK", "5000.00"],
    ["ELSEWHERE", "2000.00"],
  ]
  for (const [i, [code, amount]] of sales.entries()) {
    await app.dbQuery(
      `insert into dealer_contribution (id, dealer_id, order_id, cause, source_id, period_key, occurred_at, currency_code, amount, raw_amount, order_count)
       values ($1, $2, $3, 'order_placed', $3, $4, now() - ($5 || ' minutes')::interval, 'eur', $6, $7, 1)`,
      [`dcon_ui_${i}`, dealers[code], `order_ui_${i}`, TODAY.slice(0, 7), String(60 - i * 10), amount, JSON.stringify({ value: amount, precision: 20 })]
    )
  }
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Dealer contests admin", () => {
  it("creates a sub-network contest in the drawer, shows its live leaderboard, and closes it into the reward ledger", async () => {
    await logIn(page, app.baseUrl)
    await openPluginPage(page, "Contests")
    await page.waitForURL(/\/app\/dealer-network\/contests$/)
    await page.getByText("No contests yet").waitFor()
    await browser.shot("01-contests-empty")

    await page.getByTestId("create-contest").click()
    const drawer = page.getByRole("dialog")
    await drawer.getByLabel("Title").fill("Nordwerk spring sprint")
    await drawer.getByTestId("contest-audience").click()
    await page.getByRole("option", { name: "The sub-network of a distributor" }).click()
    await drawer.locator("#contest-parent").fill("NORD")
    await drawer.getByTestId("dealer-picker-results").getByRole("button", { name: /NORDWERK/ }).click()
    await drawer.getByTestId("picked-dealer").waitFor()
    await drawer.locator("#contest-prize-0-amount").fill("300")
    await drawer.getByRole("button", { name: "Add prize" }).click()
    await drawer.locator("#contest-prize-1-amount").fill("150")
    await drawer.getByRole("button", { name: "Add prize" }).click()
    await drawer.locator("#contest-prize-2-basis").click()
    await page.getByRole("option", { name: "Everyone from" }).click()
    await drawer.locator("#contest-prize-2-value").fill("900")
    await drawer.locator("#contest-prize-2-amount").fill("25")
    await browser.shot("02-create-drawer")
    await drawer.getByTestId("contest-form-submit").click()
    await page.waitForURL(/\/app\/dealer-network\/contests\/dcst_/)
    await page.getByTestId("contest-status").getByText("Draft").waitFor()
    await page.getByTestId("contest-audience").getByText("NORDWERK · Nordwerk Distribution").waitFor()

    await page.getByTestId("publish-contest").click()
    await page.getByTestId("contest-status").getByText("Running").waitFor()
    const rows = page.getByTestId("standing-row")
    await rows.nth(2).waitFor()
    // The distributor itself and the dealer outside its sub-network are not in it; the tie shares 2nd place.
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^1\s+KIEL-TOOLS · Kieler Werkzeughandel\s+€1,520\.40\s+€325\.00$/),
      expect.stringMatching(/^2\s+HUSUM-PRO · Husum Profi-Werkzeug\s+€980\.00\s+€175\.00$/),
      expect.stringMatching(/^2\s+LUEBECK-BAU · Lübecker Baubedarf\s+€980\.00\s+€175\.00$/),
    ])
    await browser.shot("03-live-leaderboard")

    // The toasts sit over the header's buttons (and stay in headless chromium): click the button itself.
    await page.getByTestId("close-contest").dispatchEvent("click")
    await page.getByRole("button", { name: "Close contest" }).last().click()
    await page.getByTestId("contest-status").getByText("Closed").waitFor()
    const results = page.getByTestId("result-row")
    await results.nth(2).waitFor()
    expect(await results.first().innerText()).toMatch(/KIEL-TOOLS[\s\S]*€325\.00[\s\S]*Pending/)
    await browser.shot("04-closed-results")
    await browser.shotOf(page.getByTestId("contest-results"), "05-results-section")

    // The dealer page lists the contest.
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${dealers["KIEL-TOOLS"]}`)
    const section = page.getByTestId("dealer-contests-section")
    await section.getByText("Nordwerk spring sprint").waitFor()
    await browser.shotOf(section, "06-dealer-contests-section")

    // The contest list.
    await page.goto(`${app.baseUrl}/app/dealer-network/contests`)
    await page.getByRole("link", { name: "Nordwerk spring sprint" }).waitFor()
    await browser.shot("07-contests-list")
    expect(browser.pageErrors).toEqual([])
  })
})
