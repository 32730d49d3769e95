/**
 * The queues in a real browser: the overview's badges lead to the conflict
 * cases, where a case is read in words and resolved with a policy and a note;
 * the deviation alerts lead to the dealer's progress with its chart by month;
 * the warnings before editing a closed month's plan and before closing a
 * period that has not ended; the overview's chart by territory.
 * Screenshots land in test-artifacts/admin-ui-queues/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { monthName } from "../helpers/admin-ui-suite"
import { ADMIN_USER, AdminApp, AdminBrowser, launchBrowser, logIn, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-queues")
const now = new Date()
const month = (delta: number) => {
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth() + delta, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`
}
const THIS_MONTH = month(0)
const LAST_MONTH = month(-1)
const TODAY = `${THIS_MONTH}-${String(now.getDate()).padStart(2, "0")}`
const raw = (value: string) => JSON.stringify({ value, precision: 20 })

let app: AdminApp
let browser: AdminBrowser
let page: Page
const dealers: Record<string, string> = {}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_queues_${process.pid}`, logDir: ARTIFACTS })

  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  const admin = { authorization: `Bearer ${token}` }
  const post = (url: string, body: unknown) => app.api("POST", url, body, admin)
  for (const [code, name] of [
    ["NORD", "Nord Werkzeuge GmbH"],
    ["SUED", "Süd Handel KG"],
  ]) {
    const { dealer } = await post("/admin/dealers", { code, name, country_code: "de" })
    await post(`/admin/dealers/${dealer.id}`, { status: "active" })
    dealers[code] = dealer.id
  }
  const { territory: germany } = await post("/admin/dealer-territories", { code: "DE", name: "Germany", type: "country", country_code: "DE" })
  const { territory: austria } = await post("/admin/dealer-territories", { code: "AT", name: "Austria", type: "country", country_code: "AT" })
  await post("/admin/dealer-zones", { dealer_id: dealers.NORD, territory_id: germany.id, is_exclusive: true, starts_at: "2025-01-01T00:00:00.000Z" })
  await post("/admin/dealer-zones", { dealer_id: dealers.SUED, territory_id: austria.id, starts_at: "2025-01-01T00:00:00.000Z" })
  for (const period of [LAST_MONTH, THIS_MONTH]) {
    await post("/admin/dealer-plans", { dealer_id: dealers.NORD, period, target_amount: 20000 })
    await post("/admin/dealer-plans", { dealer_id: dealers.SUED, period, target_amount: 12000 })
  }
  // Sales in the plan ledger, as the order.placed subscriber writes them; SUED's order went into NORD's zone.
  const sale = (id: string, code: string, orderId: string, period: string, amount: string) =>
    app.dbQuery(
      `insert into dealer_contribution (id, dealer_id, order_id, cause, source_id, period_key, occurred_at, currency_code, amount, raw_amount, order_count)
       values ($1, $2, $3, 'order_placed', $3, $4, $5, 'eur', $6, $7, 1)`,
      [id, dealers[code], orderId, period, period === THIS_MONTH ? now : new Date(`${period}-15T10:00:00Z`), amount, raw(amount)]
    )
  await sale("dcon_ui_q1", "NORD", "order_ui_q1", LAST_MONTH, "21500.00")
  await sale("dcon_ui_q2", "SUED", "order_ui_q2", LAST_MONTH, "7300.00")
  await sale("dcon_ui_q3", "NORD", "order_ui_q3", THIS_MONTH, "4100.00")
  await sale("dcon_ui_q4", "SUED", "order_ui_conflict", THIS_MONTH, "250.00")
  await app.dbQuery(
    `insert into dealer_conflict_case (id, order_id, kind, seller_dealer_id, zone_owner_dealer_id, territory_id, policy, amount, raw_amount, currency_code)
     values ('dconf_ui_1', 'order_ui_conflict', 'foreign_exclusive_zone', $1, $2, $3, 'manual_review', 250, $4, 'eur')`,
    [dealers.SUED, dealers.NORD, germany.id, raw("250")]
  )
  const figures = {
    currency_code: "eur",
    target_amount: "12000.00",
    expected_to_date: "3600.00",
    actual_to_date: "250.00",
    deviation: "-3350.00",
    deviation_percent: "-93.06",
    projected: "833.33",
    projected_gap: "-11166.67",
  }
  await app.dbQuery(
    `insert into dealer_deviation_alert (id, dealer_id, period_key, alert_date, kind, figures, message)
     values ('dalrt_ui_1', $1, $2, $3, 'behind_plan', $4, 'SUED is behind plan')`,
    [dealers.SUED, THIS_MONTH, TODAY, JSON.stringify(figures)]
  )
  // A period close already accrued a reward for this month.
  await app.dbQuery(
    `insert into dealer_reward_accrual (id, dealer_id, program_id, rule_id, period_key, kind, amount, raw_amount, earned_to_date, raw_earned_to_date, currency_code, explanation)
     values ('dracc_ui_1', $1, 'drprg_ui', 'drrule_ui', $2, 'money', 120, $3, 120, $3, 'eur', '{}')`,
    [dealers.NORD, THIS_MONTH, raw("120")]
  )
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Queues admin", () => {
  it("leads from the overview's badges to the conflict cases, and resolves one with a policy and a note", async () => {
    await logIn(page, app.baseUrl)
    await page.goto(`${app.baseUrl}/app/dealer-network`)
    await page.getByTestId("badge-open-alerts").getByText("1 open alert").waitFor()
    await page.getByTestId("badge-open-conflicts").getByText("1 open conflict case").waitFor()
    const territories = page.getByTestId("overview-territories-chart")
    await territories.waitFor()
    // Both countries have a row of bars, named on the axis.
    await territories.locator("text", { hasText: "Germany" }).waitFor()
    await territories.locator("text", { hasText: "Austria" }).waitFor()
    await browser.shot("01-overview-badges-territories")

    await page.getByTestId("badge-open-conflicts").click()
    await page.waitForURL(/\/app\/dealer-network\/conflicts/)
    const row = page.getByTestId("conflicts-page").locator("tbody tr")
    await row.first().getByRole("link", { name: "SUED", exact: true }).waitFor()
    expect(await row.first().innerText()).toMatch(/SUED[\s\S]*NORD[\s\S]*Germany[\s\S]*€250\.00[\s\S]*Manual review/)
    await browser.shot("02-conflicts-open")

    await row.first().click()
    const drawer = page.getByTestId("conflict-drawer")
    await drawer.getByTestId("conflict-why").waitFor()
    expect(await drawer.getByTestId("conflict-why").innerText()).toBe(
      "SUED (Süd Handel KG) is credited with €250.00 for An order, shipped to Germany: inside NORD (Nord Werkzeuge GmbH)'s exclusive zone."
    )
    expect(await drawer.getByTestId("conflict-effect").innerText()).toContain("from SUED to NORD")
    await drawer.getByLabel("Note").fill("Installed inside Nord's exclusive zone: credit goes to Nord")
    await browser.shot("03-conflict-drawer")
    await drawer.getByTestId("conflict-resolve-submit").click()
    await drawer.waitFor({ state: "detached" })
    await page.getByText("No open conflict cases.").waitFor()

    await page.getByTestId("conflicts-tab-resolved").click()
    await row.first().getByText("Credited to the zone owner").waitFor()
    await row.first().click()
    const outcome = page.getByTestId("conflict-outcome")
    await outcome.getByText("Installed inside Nord's exclusive zone: credit goes to Nord").waitFor()
    // SUED's credit for the order moved to NORD in the plan ledger.
    expect(await outcome.innerText()).toMatch(/SUED -€250\.00[\s\S]*NORD \+€250\.00/)
    await browser.shot("04-conflict-resolved")
    await page.keyboard.press("Escape")
    expect(browser.pageErrors).toEqual([])
  })

  it("lists an alert in words and follows it to the dealer's progress and its chart by month", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/alerts`)
    const row = page.getByTestId("alerts-page").locator("tbody tr")
    await row.first().getByRole("link", { name: "SUED", exact: true }).waitFor()
    expect(await row.first().getByTestId("alert-figures").innerText()).toBe(
      "€250.00 sold against €3,600.00 expected by then (-€3,350.00, -93.1%)"
    )
    await browser.shot("05-alerts-open")

    await row.first().getByTestId("alert-progress-link").click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${dealers.SUED}\\?period=${THIS_MONTH}`))
    await page.getByTestId("dealer-progress-section").waitFor()
    const chart = page.getByTestId("dealer-monthly-chart")
    await chart.locator(".recharts-bar-rectangle").first().waitFor()
    await browser.shotOf(chart, "06-dealer-monthly-chart")
    await browser.shot("07-dealer-progress-from-alert")
    expect(browser.pageErrors).toEqual([])
  })

  it("warns before editing a closed month's plan and before closing a period that has not ended", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${dealers.NORD}`)
    await page.getByTestId("dealer-progress-section").getByRole("button", { name: "Edit plan" }).click()
    const warning = page.getByTestId("plan-closed-period-warning")
    await warning.waitFor()
    expect(await warning.innerText()).toContain("were already closed")
    await browser.shot("08-plan-closed-period-warning")
    await page.keyboard.press("Escape")

    await page.goto(`${app.baseUrl}/app/dealer-network/rewards`)
    await page.getByTestId("close-period").click()
    await page.locator("#close-period-input").fill(THIS_MONTH)
    const open = page.getByTestId("close-period-open-warning")
    await open.waitFor()
    expect(await open.innerText()).toContain(`${monthName(THIS_MONTH)} has not ended yet`)
    await browser.shot("09-close-period-warning")
    await page.locator("#close-period-input").fill(LAST_MONTH)
    await open.waitFor({ state: "detached" })
    expect(browser.pageErrors).toEqual([])
  })
})
