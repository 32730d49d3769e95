/**
 * Rewards in a real browser: programs, period close, approval, wallet and payouts.
 * Screenshots land in test-artifacts/admin-ui-rewards/ (helpers/admin-ui-suite.ts: the shared harness).
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { AdminApp, AdminBrowser, openPluginPage as openPluginPageOf } from "../helpers/browser"
import {
  AdminUiSuite,
  startAdminUiSuite,
  stopAdminUiSuite,
  seedViennaReceivables,
  eur,
  PERIOD,
  PREVIOUS,
} from "../helpers/admin-ui-suite"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

let suite: AdminUiSuite
let app: AdminApp
let browser: AdminBrowser
let page: Page
let admin: Record<string, string> = {}
let seeded: Record<string, string> = {}
const openPluginPage = (item: string) => openPluginPageOf(page, item)

beforeAll(async () => {
  suite = await startAdminUiSuite("admin-ui-rewards")
  ;({ app, browser, page, admin, seeded } = suite)
  await seedViennaReceivables(suite)
  // Booting the app, compiling the admin and logging in take minutes on a busy machine.
}, 1_800_000)

afterAll(async () => {
  await stopAdminUiSuite(suite)
})

describe("Rewards: programs, period close, approval, wallet and payouts", () => {
  // UI-BONUS is created through the drawer with two rules: 5 % of sales, and
  // stepped tiers paying 1 % up to 1,000 and 2 % above. DLR-VIENNA's agreement
  // then gets a version taking part in it. Its ledger holds this month's three
  // wrenches at the agreed 100 (the order dated back above was credited when it
  // was placed): 5 % of 300 = 15 and 1 % of 300 = 3, 18 in all.
  const month = PERIOD
  const wallet = () => page.getByTestId("dealer-wallet")
  const accruals = () => page.getByTestId("accruals-section")
  const accrualRows = () => accruals().locator("tbody tr")
  const fivePercent = { reward: { type: "rate", base: "sales_amount", rate_percent: 5 } }
  const steps = (second: number) => ({
    reward: {
      type: "tiered",
      base: "sales_amount",
      mode: "stepped",
      tiers: [
        { from: 0, rate_percent: 1 },
        { from: second, rate_percent: 2 },
      ],
    },
  })
  let viennaId = ""
  let programId = ""

  beforeAll(() => {
    viennaId = seeded["DLR-VIENNA"]
  })

  it("creates a program through the drawer, showing the wrong part of a rule first", async () => {
    await openPluginPage("Rewards")
    await page.waitForURL(/\/app\/dealer-network\/rewards/)
    await page.getByRole("heading", { name: "Dealer rewards" }).waitFor()
    await page.getByRole("tab", { name: "Programs" }).click()
    await page.getByTestId("programs-section").getByText("No reward programs yet").waitFor()

    await page.getByRole("button", { name: "Create program" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Create reward program" }).waitFor()
    await drawer.locator("#program-code").fill("UI-BONUS")
    await drawer.locator("#program-name").fill("Sales bonus")
    await drawer.locator("#program-rule-0-name").fill("Five percent")
    await drawer.locator("#program-rule-0-definition").fill(JSON.stringify(fivePercent, null, 2))
    await drawer.getByRole("button", { name: "Add rule" }).click()
    await page.getByRole("menuitem", { name: "Tiers on sales" }).click()
    await drawer.locator("#program-rule-1-name").fill("Steps")
    const editors = drawer.getByTestId("rule-editor")

    // JSON that does not parse is named like the API names its errors.
    await drawer.locator("#program-rule-1-definition").fill('{ "reward": ')
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer.getByTestId("create-program-error").getByText(/^rules\.1\.definition: not valid JSON/).waitFor()

    // Tiers out of order: the API's 400 names the tier, shown on top and under the second rule.
    await drawer.locator("#program-rule-1-definition").fill(JSON.stringify(steps(0), null, 2))
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await drawer
      .getByTestId("create-program-error")
      .getByText("rules.1.definition.reward.tiers.1.from: must be above the previous tier's from")
      .waitFor()
    expect(await editors.nth(1).getByTestId("rule-error").innerText()).toBe(
      "definition.reward.tiers.1.from: must be above the previous tier's from"
    )
    expect(await editors.nth(0).getByTestId("rule-error").count()).toBe(0)
    await browser.shot("30-create-program-error")

    await drawer.locator("#program-rule-1-definition").fill(JSON.stringify(steps(1000), null, 2))
    await drawer.getByRole("button", { name: "Create", exact: true }).click()
    await page.getByText("Program UI-BONUS created with 2 rules").waitFor()
    await drawer.waitFor({ state: "detached" })

    // The drawer leads to the program's page: its rules, pretty-printed.
    await page.waitForURL(/\/app\/dealer-network\/rewards\/drprg_/)
    programId = page.url().split("/").pop()!
    await page.getByRole("heading", { name: "UI-BONUS · Sales bonus" }).waitFor()
    const rules = page.getByTestId("program-rule")
    await rules.nth(1).waitFor()
    expect(await rules.count()).toBe(2)
    const fivePercentRule = page.locator('[data-rule-name="Five percent"]')
    expect(await fivePercentRule.getByTestId("rule-summary").innerText()).toBe("5% of sales")
    // Pretty-printed as stored: the API keeps decimals as strings.
    const definition = await fivePercentRule.getByTestId("rule-definition").innerText()
    expect(definition).toBe(JSON.stringify({ reward: { ...fivePercent.reward, rate_percent: "5" } }, null, 2))
    expect(await page.locator('[data-rule-name="Steps"]').getByTestId("rule-summary").innerText()).toBe(
      `Stepped tiers on sales: ${eur(0)} → 1%, ${eur(1000)} → 2%`
    )
    await browser.shot("31-reward-program")
  })

  it("adds, edits and deletes a rule on the program page", async () => {
    await page.getByRole("button", { name: "Add rule" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Add rule" }).waitFor()
    await drawer.locator("#rule-name").fill("Launch bonus")
    await drawer.locator("#rule-definition").fill(JSON.stringify({ reward: { type: "fixed", amount: 50 }, cap: -1 }))
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.getByTestId("rule-error").getByText("definition.cap: must not be negative").waitFor()
    expect(await drawer.getByTestId("rule-save-error").innerText()).toContain("definition.cap: must not be negative")

    await drawer.locator("#rule-definition").fill(JSON.stringify({ reward: { type: "fixed", amount: 50 } }))
    await drawer.getByRole("button", { name: "Save" }).click()
    await page.getByText("Rule Launch bonus added").waitFor()
    const launch = page.locator('[data-rule-name="Launch bonus"]')
    await launch.getByTestId("rule-summary").getByText(`Fixed ${eur(50)}`).waitFor()

    await launch.getByRole("button", { name: "Rule Launch bonus actions" }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    const edit = page.getByRole("dialog")
    await edit.getByRole("heading", { name: "Edit rule Launch bonus" }).waitFor()
    expect(JSON.parse(await edit.locator("#rule-definition").inputValue())).toEqual({ reward: { type: "fixed", amount: "50" } })
    await edit.locator("#rule-definition").fill(JSON.stringify({ reward: { type: "fixed", amount: 75 } }))
    await edit.getByRole("button", { name: "Save" }).click()
    await page.getByText("Rule Launch bonus saved").waitFor()
    await launch.getByTestId("rule-summary").getByText(`Fixed ${eur(75)}`).waitFor()

    await launch.getByRole("button", { name: "Rule Launch bonus actions" }).click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click()
    await launch.waitFor({ state: "detached" })
    expect(await page.getByTestId("program-rule").count()).toBe(2)
  })

  it("simulates DLR-VIENNA's earnings with the next tier's hint, and a draft rule", async () => {
    // DLR-VIENNA takes part from now on: a new version of its agreement lists the program.
    const { agreements } = await app.api("GET", `/admin/dealers/${viennaId}/agreements?status=active`, undefined, admin)
    await app.api(
      "POST",
      `/admin/dealer-agreements/${agreements[0].id}/versions`,
      { effective_from: new Date(Date.now() - 60_000).toISOString(), reward_program_ids: [programId] },
      admin
    )

    const simulation = page.getByTestId("reward-simulation")
    await simulation.locator("#simulate-dealer").fill("vienna")
    await simulation.getByTestId("dealer-picker-results").getByRole("button", { name: /DLR-VIENNA/ }).click()
    await simulation.getByTestId("picked-dealer").getByText("DLR-VIENNA · Vienna Werkzeug").waitFor()
    expect(await simulation.locator("#simulate-period").inputValue()).toBe(month)
    await simulation.getByTestId("simulate").click()

    const five = simulation.getByTestId("simulated-rule").filter({ hasText: "Five percent" })
    await five.waitFor()
    expect(await five.getByTestId("simulated-amount").innerText()).toBe(eur(15))
    const stepped = simulation.getByTestId("simulated-rule").filter({ hasText: "Steps" })
    expect(await stepped.getByTestId("simulated-amount").innerText()).toBe(eur(3))
    expect(await stepped.getByTestId("simulated-next-tier").innerText()).toBe(
      `Sell ${eur(700)} more to reach the tier from ${eur(1000)}: ${eur(7, true)}`
    )
    expect(await simulation.getByTestId("simulation-sales").innerText()).toContain(eur(300))
    expect(await simulation.getByTestId("simulation-total").innerText()).toBe(`${eur(18)} in all`)
    await stepped.getByRole("button", { name: "Show workings" }).click()
    await stepped.getByTestId("explanation-bands").waitFor()
    expect((await stepped.getByTestId("explanation-bands").innerText()).replace(/\s+/g, " ")).toContain(
      `${eur(0)} – ${eur(1000)} ${eur(300)} 1% ${eur(3)}`
    )
    await browser.shot("32-reward-simulation")

    // A draft rule is tried instead of the program's, and nothing is saved.
    await simulation
      .locator("#simulate-draft")
      .fill(JSON.stringify({ reward: { type: "rate", base: "sales_amount", rate_percent: 10 } }))
    await simulation.getByTestId("simulate").click()
    const draft = simulation.getByTestId("simulated-rule").filter({ hasText: "Draft rule 1" })
    await draft.waitFor()
    expect(await draft.getByTestId("simulated-amount").innerText()).toBe(eur(30))
    expect(await simulation.getByTestId("simulated-rule").count()).toBe(1)
    expect(await page.getByTestId("program-rule").count()).toBe(2)
  })

  it("closes this month from the Dealer rewards page and explains the accruals", async () => {
    await openPluginPage("Rewards")
    await page.waitForURL(/\/app\/dealer-network\/rewards$/)
    await accruals().getByText("Nothing waiting for approval").waitFor()

    await page.getByTestId("close-period").click()
    const prompt = page.getByRole("alertdialog")
    // The previous month is proposed.
    expect(await prompt.locator("#close-period-input").inputValue()).toBe(PREVIOUS)
    await prompt.locator("#close-period-input").fill(month)
    await prompt.getByRole("button", { name: "Close period" }).click()
    await page.getByText(`Closed ${month}: UI-BONUS 2 new accruals for 1 dealer`).waitFor()
    await prompt.waitFor({ state: "detached" })

    // The table narrows to the closed period's pending accruals.
    await page.waitForURL(new RegExp(`period=${month}`))
    expect(await accruals().getByTestId("accrual-period-filter").inputValue()).toBe(month)
    await accrualRows().nth(1).waitFor()
    expect(await accrualRows().count()).toBe(2)
    const five = accrualRows().filter({ hasText: "UI-BONUS · Five percent" })
    const stepped = accrualRows().filter({ hasText: "UI-BONUS · Steps" })
    for (const row of [five, stepped]) {
      const text = await row.innerText()
      expect(text).toContain("DLR-VIENNA")
      expect(text).toContain(month)
      expect(text).toContain("Money")
      expect(await row.getByTestId("accrual-status").innerText()).toBe("Pending")
    }
    expect(await five.getByTestId("accrual-amount").innerText()).toBe(eur(15))
    expect(await stepped.getByTestId("accrual-amount").innerText()).toBe(eur(3))
    await browser.shot("33-reward-accruals")

    await five.getByTestId("accrual-rule").click()
    const explanation = page.getByTestId("accrual-explanation")
    await explanation.getByRole("heading", { name: `Five percent · ${month}` }).waitFor()
    expect(await explanation.getByTestId("explanation-amount").innerText()).toContain(eur(15))
    expect(await explanation.getByTestId("explanation-base").innerText()).toContain(eur(300))
    expect(await explanation.getByTestId("explanation-rate").innerText()).toContain("5%")
    expect(await explanation.getByTestId("explanation-cap").innerText()).toContain("None")
    expect(await explanation.getByTestId("explanation-conditions").innerText()).toContain("None")
    await page.waitForTimeout(500) // the drawer's slide-in, for the screenshot
    await browser.shot("34-reward-accrual-explanation")
    await page.keyboard.press("Escape")
    await explanation.waitFor({ state: "hidden" })
  })

  it("links from the dealer's wallet to its pending accruals and approves them in bulk", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${viennaId}`)
    await wallet().getByRole("heading", { name: "Rewards wallet" }).waitFor()
    await wallet().getByTestId("wallet-money").getByText(eur(0)).waitFor()
    await wallet().getByTestId("wallet-pending").getByText("2 accruals waiting for approval").waitFor()
    await wallet().getByRole("link", { name: "Review pending accruals" }).click()
    await page.waitForURL(new RegExp(`/app/dealer-network/rewards\\?dealer_id=${viennaId}&status=pending`))
    await accruals().getByTestId("accrual-dealer-filter").getByText("Dealer: DLR-VIENNA").waitFor()
    await accrualRows().nth(1).waitFor()
    expect(await accrualRows().count()).toBe(2)

    // Reject… asks for the reason first; canceled here.
    await accrualRows().first().getByRole("checkbox").click()
    await page.getByText("1 selected").waitFor()
    await page.getByRole("button", { name: /^Reject…/ }).click()
    const reject = page.getByRole("alertdialog")
    await reject.getByRole("heading", { name: "Reject 1 accrual" }).waitFor()
    expect(await reject.getByRole("button", { name: "Reject", exact: true }).isDisabled()).toBe(true)
    await reject.getByRole("button", { name: "Cancel" }).click()
    await reject.waitFor({ state: "detached" })

    await accruals().locator("thead").getByRole("checkbox").click()
    await page.getByText("2 selected").waitFor()
    await browser.shot("35-reward-accruals-selected")
    await page.getByRole("button", { name: /^Approve/ }).click()
    await page.getByText("Approved 2 accruals").waitFor()
    await accruals().getByText("No accruals match").waitFor()

    await page.getByTestId("accrual-status-filter").click()
    await page.getByRole("option", { name: "Approved" }).click()
    await accrualRows().nth(1).waitFor()
    expect(await accrualRows().getByTestId("accrual-status").allInnerTexts()).toEqual(["Approved", "Approved"])
  })

  it("shows the exact balance on the dealer's page and pays part of it out in cash", async () => {
    await accruals().getByRole("link", { name: "DLR-VIENNA" }).first().click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${viennaId}$`))
    await wallet().getByTestId("wallet-money").getByText(eur(18), { exact: true }).waitFor()
    await wallet().getByTestId("wallet-pending").getByText("Nothing waiting for approval").waitFor()
    const statement = wallet().getByTestId("wallet-statement")
    await statement.locator("tbody tr").nth(1).waitFor()
    expect((await statement.getByTestId("wallet-entry-amount").allInnerTexts()).sort()).toEqual(
      [eur(15, true), eur(3, true)].sort()
    )
    await browser.shotOf(wallet(), "36-dealer-wallet")

    // The form starts at the agreement's (cash); more than the balance is refused by the API.
    await wallet().getByRole("button", { name: "Pay out" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Pay out to DLR-VIENNA" }).waitFor()
    await drawer.getByTestId("payout-form").getByText("Cash (bank transfer) (agreement)").waitFor()
    expect(await drawer.getByText(`Available: ${eur(18)}`).count()).toBe(1)
    await drawer.locator("#payout-amount").fill("20")
    await drawer.getByRole("button", { name: "Pay out" }).click()
    expect(await drawer.getByTestId("payout-error").innerText()).toContain("the money balance is 18.00 EUR")
    await drawer.locator("#payout-amount").fill("2")
    await drawer.locator("#payout-note").fill("Quarterly bonus, part one")
    await drawer.getByRole("button", { name: "Pay out" }).click()
    await page.getByText(`Payout of ${eur(2)} as Cash (bank transfer): requested`).waitFor()
    await drawer.waitFor({ state: "detached" })
    await wallet().getByTestId("wallet-money").getByText(eur(16), { exact: true }).waitFor()

    // The cash payout's way: approved, exported in the bank file, paid.
    const payouts = wallet().getByTestId("dealer-payouts")
    const row = payouts.locator("tbody tr").first()
    await row.getByTestId("payout-status").getByText("Requested").waitFor()
    expect(await row.innerText()).toContain("Quarterly bonus, part one")
    await row.getByRole("button", { name: "Approve" }).click()
    await row.getByTestId("payout-status").getByText("Approved").waitFor()
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      payouts.getByRole("button", { name: /Export bank file \(1\)/ }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^dealer-payouts-approved-\d{4}-\d{2}-\d{2}\.csv$/)
    const file = path.join(suite.artifacts, download.suggestedFilename())
    await download.saveAs(file)
    const csv = fs.readFileSync(file, "utf8")
    expect(csv).toContain("DLR-VIENNA")
    await row.getByTestId("payout-status").getByText("Exported").waitFor()
    await row.getByRole("button", { name: "Mark paid…" }).click()
    const paid = page.getByRole("alertdialog")
    await paid.locator("#payout-reference").fill("BANK-REF-42")
    await paid.getByRole("button", { name: "Mark paid" }).click()
    await row.getByTestId("payout-status").getByText("Paid").waitFor()
    await paid.waitFor({ state: "detached" })
    expect(await row.innerText()).toContain("Ref. BANK-REF-42")
    await wallet().getByTestId("wallet-money").getByText(eur(16), { exact: true }).waitFor()
    await browser.shotOf(wallet(), "37-dealer-wallet-paid-out")
  })

  it("raised no errors in the page", () => {
    expect(browser.pageErrors).toEqual([])
  })
})
