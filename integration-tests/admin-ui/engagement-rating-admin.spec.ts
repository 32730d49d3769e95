/**
 * The best-dealer rating's admin screens in a real browser (see
 * helpers/admin-ui-suite.ts for the set-up): the leaderboard with its filters, a
 * dealer's breakdown chart, the weights drawer, recording the dealer of the
 * month and the section on the dealer page. Screenshots land in
 * test-artifacts/admin-ui-rating/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, launchBrowser, logIn, openPluginPage, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-rating")

let app: AdminApp
let browser: AdminBrowser
let page: Page
let admin: Record<string, string> = {}
const ids: Record<string, string> = {}

/** The month before this one (the page's default), and the same month a year earlier (UTC, the test app's zone). */
const shift = (month: string, by: number) => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}
const LAST_MONTH = shift(new Date().toISOString().slice(0, 7), -1)
const LAST_MONTH_LABEL = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", timeZone: "UTC" }).format(
  new Date(`${LAST_MONTH}-01T00:00:00Z`)
)

const row = (code: string) => page.locator("table tbody tr").filter({ has: page.getByRole("link", { name: code, exact: true }) })
const codesInTable = async () =>
  (await page.getByTestId("rating-leaderboard").locator("table tbody tr td:nth-child(2) a").allInnerTexts()).map((t) => t.trim())

let saleNo = 0
/**
 * Sales in the plan ledger as the order subscriber writes them (the browser
 * app runs in its own process: no container to call), so last month has figures.
 */
async function ledgerSale(dealerId: string, period: string, amount: string, orders: number) {
  saleNo += 1
  await app.dbQuery(
    `insert into dealer_contribution (id, dealer_id, order_id, cause, source_id, period_key, occurred_at, currency_code,
                                      amount, raw_amount, order_count, created_at, updated_at)
     values ($1, $2, $3, 'order_placed', $3, $4, $5, 'eur', $6::numeric, jsonb_build_object('value', $6::text, 'precision', 20), $7, now(), now())`,
    [`dcon_ui_${saleNo}`, dealerId, `order_ui_${saleNo}`, period, `${period}-0${saleNo % 9 + 1}T10:00:00Z`, amount, orders]
  )
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_rating_${process.pid}`, logDir: ARTIFACTS })
  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  admin = { authorization: `Bearer ${token}` }

  const dealers = [
    { code: "DIST-SOUTH", name: "Südost Vertrieb", role: "distributor" },
    { code: "DLR-GRAZ", name: "Grazer Werkzeug", role: "dealer", parent: "DIST-SOUTH" },
    { code: "DLR-LINZ", name: "Linzer Baubedarf", role: "dealer", parent: "DIST-SOUTH" },
    { code: "DLR-WIEN", name: "Wiener Maschinen", role: "dealer" },
  ]
  for (const { parent, ...dealer } of dealers) {
    const created = await app.api("POST", "/admin/dealers", { ...dealer, ...(parent ? { parent_id: ids[parent] } : {}) }, admin)
    ids[dealer.code] = created.dealer.id
    await app.api("POST", `/admin/dealers/${created.dealer.id}`, { status: "active" }, admin)
  }
  const { territory } = await app.api("POST", "/admin/dealer-territories", { code: "AT", name: "Austria", type: "country", country_code: "at" }, admin)
  for (const code of ["DLR-LINZ", "DLR-WIEN"]) {
    await app.api("POST", "/admin/dealer-zones", { dealer_id: ids[code], territory_id: territory.id, starts_at: "2025-01-01T00:00:00.000Z" }, admin)
  }
  const facts: [string, number, string, number, string | null][] = [
    // code, plan, sales, orders, sales a year earlier
    ["DLR-GRAZ", 10000, "12500", 5, "10000"],
    ["DLR-LINZ", 8000, "6000", 4, null],
    ["DLR-WIEN", 5000, "5500", 2, "6000"],
    ["DIST-SOUTH", 20000, "18000", 3, null],
  ]
  for (const [code, plan, sales, orders, lastYear] of facts) {
    await app.api("POST", "/admin/dealer-plans", { dealer_id: ids[code], period: LAST_MONTH, target_amount: plan }, admin)
    await ledgerSale(ids[code], LAST_MONTH, sales, orders)
    if (lastYear) await ledgerSale(ids[code], shift(LAST_MONTH, -12), lastYear, 1)
  }
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Best-dealer rating admin", () => {
  it("shows last month's leaderboard with each dealer's score, as the API computes it", async () => {
    await logIn(page, app.baseUrl)
    await openPluginPage(page, "Rating")
    await page.waitForURL(/\/app\/dealer-network\/rating$/)
    await page.getByRole("heading", { name: "Best-dealer rating" }).waitFor()
    await row("DLR-GRAZ").waitFor()
    const board = await app.api("GET", `/admin/dealer-rating?period=${LAST_MONTH}`, undefined, admin)
    expect(await codesInTable()).toEqual(board.dealers.map((d: any) => d.dealer.code))
    expect(board.dealers[0].dealer.code).toBe("DLR-GRAZ")
    expect(await row("DLR-GRAZ").getByTestId("rating-score").innerText()).toBe(
      new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 }).format(Number(board.dealers[0].score))
    )
    expect(await page.getByTestId("rating-subtitle").innerText()).toContain(`Scores for ${LAST_MONTH_LABEL}`)
    // The first dealer's breakdown is shown below, as a chart and a table.
    await page.getByTestId("rating-breakdown-chart").locator(".recharts-bar-rectangle").first().waitFor()
    expect(await page.getByTestId("rating-breakdown").getByTestId("rating-score-total").innerText()).toBe(
      new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 }).format(Number(board.dealers[0].score))
    )
    await browser.shot("01-leaderboard")
    expect(browser.pageErrors).toEqual([])
  })

  it("explains a dealer's score component by component", async () => {
    await row("DLR-LINZ").click()
    const breakdown = page.getByTestId("rating-breakdown")
    await breakdown.getByRole("heading", { name: "DLR-LINZ · Linzer Baubedarf" }).waitFor()
    // 6,000 of an 8,000 plan; nothing sold a year earlier.
    expect(await breakdown.getByTestId("rating-component-plan_attainment").innerText()).toContain("75%")
    expect(await breakdown.getByTestId("rating-component-sales_growth").innerText()).toContain("No data")
    expect(await breakdown.getByTestId("rating-component-average_order_value").innerText()).toContain("€1,500.00")
    await browser.shotOf(breakdown, "02-breakdown-linz")
  })

  it("narrows the leaderboard to a distributor's sub-network and to a territory", async () => {
    await page.getByTestId("rating-distributor-filter").click()
    await page.getByRole("option", { name: "DIST-SOUTH · Südost Vertrieb" }).click()
    await row("DLR-WIEN").waitFor({ state: "detached" })
    expect(await codesInTable()).toEqual(["DLR-GRAZ", "DLR-LINZ"])
    await page.getByTestId("rating-territory-filter").click()
    await page.getByRole("option", { name: "AT · Austria" }).click()
    await row("DLR-GRAZ").waitFor({ state: "detached" })
    expect(await codesInTable()).toEqual(["DLR-LINZ"])
    await browser.shot("03-filtered")
    await page.getByTestId("rating-distributor-filter").click()
    await page.getByRole("option", { name: "Whole network" }).click()
    await row("DLR-WIEN").waitFor()
    expect((await codesInTable()).sort()).toEqual(["DLR-LINZ", "DLR-WIEN"])
    await page.getByTestId("rating-territory-filter").click()
    await page.getByRole("option", { name: "All territories" }).click()
    await row("DLR-GRAZ").waitFor()
  })

  it("changes the weights in a form, and the scores with them", async () => {
    await page.getByTestId("rating-weights-open").click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Rating weights" }).waitFor()
    await drawer.getByLabel("Plan attainment").fill("")
    await drawer.getByTestId("rating-weights-save").click()
    expect(await drawer.getByTestId("weight-plan_attainment-error").innerText()).toBe("Enter a weight (0 leaves the component out).")
    await drawer.getByLabel("Plan attainment").fill("60")
    await browser.shot("04-weights-drawer")
    await drawer.getByTestId("rating-weights-save").click()
    await drawer.waitFor({ state: "detached" })
    const weights = await app.api("GET", "/admin/dealer-rating/weights", undefined, admin)
    expect(weights.weights.plan_attainment).toBe(60)
    expect(weights.sources.plan_attainment).toBe("setting")
    const board = await app.api("GET", `/admin/dealer-rating?period=${LAST_MONTH}`, undefined, admin)
    await page.waitForFunction(
      (score) => document.querySelector("[data-testid=rating-breakdown-score]")?.textContent === score,
      new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 }).format(Number(board.dealers[0].score))
    )
  })

  it("records the dealer of the month once, and lists it in the history", async () => {
    const section = page.getByTestId("dealer-of-period")
    await section.getByRole("heading", { name: `Dealer of ${LAST_MONTH_LABEL}` }).waitFor()
    await section.getByTestId("record-dealer-of-period").click()
    await section.getByTestId("dealer-of-period-award").waitFor()
    expect(await section.getByTestId("dealer-of-period-award").innerText()).toContain("DLR-GRAZ · Grazer Werkzeug")
    expect(await section.getByTestId("dealer-of-period-history").innerText()).toContain(LAST_MONTH_LABEL)
    expect(await section.getByTestId("record-dealer-of-period").count()).toBe(0)
    await browser.shot("05-dealer-of-the-month")
    const { awards } = await app.api("GET", "/admin/dealer-rating/awards", undefined, admin)
    expect(awards.map((a: any) => [a.period_key, a.dealer?.code])).toEqual([[LAST_MONTH, "DLR-GRAZ"]])
  })

  it("shows the dealer's score, rank and breakdown on its page", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${ids["DLR-WIEN"]}`)
    const section = page.getByTestId("dealer-rating-section")
    await section.getByTestId("dealer-rating-rank").waitFor()
    const { rating, network_count } = await app.api("GET", `/admin/dealers/${ids["DLR-WIEN"]}/rating?period=${LAST_MONTH}`, undefined, admin)
    expect(await section.getByTestId("dealer-rating-rank").innerText()).toContain(`${rating.network_rank}`)
    expect(await section.getByTestId("dealer-rating-rank").innerText()).toContain(`of ${network_count} rated dealers`)
    await section.getByTestId("rating-breakdown-chart").locator(".recharts-bar-rectangle").first().waitFor()
    await browser.shotOf(section, "06-dealer-page-section")
    await browser.shot("07-dealer-page")
    expect(browser.pageErrors).toEqual([])
  })
})
