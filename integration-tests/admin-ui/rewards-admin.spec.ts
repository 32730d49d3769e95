/**
 * Rewards in a real browser: programs, period close, approval, wallet and payouts.
 * Screenshots land in test-artifacts/admin-ui-rewards/ (helpers/admin-ui-suite.ts: the shared harness).
 */
import fs from "fs"
import {
  useAdminUiSuite,
  seedViennaReceivables,
  eur,
  PERIOD,
  PREVIOUS,
  monthName,
} from "../helpers/admin-ui-suite"

jest.setTimeout(900_000)

const suite = useAdminUiSuite("admin-ui-rewards", async (suite) => {
  await seedViennaReceivables(suite)
})
const { openPluginPage } = suite

describe("Rewards: programs, period close, approval, wallet and payouts", () => {
  // UI-BONUS is created through the drawer with two rules: 5 % of sales, and
  // stepped tiers paying 1 % up to 1,000 and 2 % above. DLR-VIENNA's agreement
  // then gets a version taking part in it. Its ledger holds this month's three
  // wrenches at the agreed 100 (the order dated back above was credited when it
  // was placed): 5 % of 300 = 15 and 1 % of 300 = 3, 18 in all.
  const month = PERIOD
  const wallet = () => suite.page.getByTestId("dealer-wallet")
  const accruals = () => suite.page.getByTestId("accruals-section")
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

  // The program is written through the API: building rules in the form and simulating
  // them is rules-admin.spec.ts's part.
  beforeAll(async () => {
    viennaId = suite.seeded["DLR-VIENNA"]
    const { program } = await suite.app.api(
      "POST",
      "/admin/dealer-reward-programs",
      {
        code: "UI-BONUS",
        name: "Sales bonus",
        period_type: "month",
        valid_from: `${PREVIOUS}-01T00:00:00.000Z`,
        status: "active",
        currency_code: "eur",
        rules: [
          { name: "Five percent", definition: fivePercent },
          { name: "Steps", definition: steps(1000) },
        ],
      },
      suite.admin
    )
    // DLR-VIENNA takes part from now on: a new version of its agreement lists the program.
    const { agreements } = await suite.app.api("GET", `/admin/dealers/${viennaId}/agreements?status=active`, undefined, suite.admin)
    await suite.app.api(
      "POST",
      `/admin/dealer-agreements/${agreements[0].id}/versions`,
      { effective_from: new Date(Date.now() - 60_000).toISOString(), reward_program_ids: [program.id] },
      suite.admin
    )
  })

  it("closes this month from the Dealer rewards page and explains the accruals", async () => {
    await openPluginPage("Rewards")
    await suite.page.waitForURL(/\/app\/dealer-network\/rewards$/)
    await accruals().getByText("Nothing waiting for approval").waitFor()

    await suite.page.getByTestId("close-period").click()
    const prompt = suite.page.getByRole("alertdialog")
    // The previous month is proposed.
    expect(await prompt.locator("#close-period-input").inputValue()).toBe(PREVIOUS)
    await prompt.locator("#close-period-input").fill(month)
    await prompt.getByRole("button", { name: "Close period" }).click()
    await suite.page.getByText(`Closed ${monthName(month)}: UI-BONUS 2 new accruals for 1 dealer`).waitFor()
    await prompt.waitFor({ state: "detached" })

    // The table narrows to the closed period's pending accruals.
    await suite.page.waitForURL(new RegExp(`period=${month}`))
    expect(await accruals().getByTestId("accrual-period-filter").inputValue()).toBe(month)
    await accrualRows().nth(1).waitFor()
    expect(await accrualRows().count()).toBe(2)
    const five = accrualRows().filter({ hasText: "UI-BONUS · Five percent" })
    const stepped = accrualRows().filter({ hasText: "UI-BONUS · Steps" })
    for (const row of [five, stepped]) {
      const text = await row.innerText()
      expect(text).toContain("DLR-VIENNA")
      expect(text).toContain(monthName(month))
      expect(text).toContain("Money")
      expect(await row.getByTestId("accrual-status").innerText()).toBe("Pending")
    }
    expect(await five.getByTestId("accrual-amount").innerText()).toBe(eur(15))
    expect(await stepped.getByTestId("accrual-amount").innerText()).toBe(eur(3))
    await suite.browser.shot("33-reward-accruals")

    await five.getByTestId("accrual-rule").click()
    const explanation = suite.page.getByTestId("accrual-explanation")
    await explanation.getByRole("heading", { name: `Five percent · ${monthName(month)}` }).waitFor()
    expect(await explanation.getByTestId("explanation-amount").innerText()).toContain(eur(15))
    expect(await explanation.getByTestId("explanation-base").innerText()).toContain(eur(300))
    expect(await explanation.getByTestId("explanation-rate").innerText()).toContain("5%")
    expect(await explanation.getByTestId("explanation-cap").innerText()).toContain("None")
    expect(await explanation.getByTestId("explanation-conditions").innerText()).toContain("None")
    await suite.page.waitForTimeout(500) // the drawer's slide-in, for the screenshot
    await suite.browser.shot("34-reward-accrual-explanation")
    await suite.page.keyboard.press("Escape")
    await explanation.waitFor({ state: "hidden" })
  })

  it("links from the dealer's wallet to its pending accruals and approves them in bulk", async () => {
    await suite.page.goto(`${suite.app.baseUrl}/app/dealer-network/dealers/${viennaId}`)
    await wallet().getByRole("heading", { name: "Rewards wallet" }).waitFor()
    await wallet().getByTestId("wallet-money").getByText(eur(0)).waitFor()
    await wallet().getByTestId("wallet-pending").getByText("2 accruals waiting for approval").waitFor()
    await wallet().getByRole("link", { name: "Review pending accruals" }).click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/rewards\\?dealer_id=${viennaId}&status=pending`))
    await accruals().getByTestId("accrual-dealer-filter").getByText("Dealer: DLR-VIENNA").waitFor()
    await accrualRows().nth(1).waitFor()
    expect(await accrualRows().count()).toBe(2)

    // Reject… asks for the reason first; canceled here.
    await accrualRows().first().getByRole("checkbox").click()
    await suite.page.getByText("1 selected").waitFor()
    await suite.page.getByRole("button", { name: /^Reject…/ }).click()
    const reject = suite.page.getByRole("alertdialog")
    await reject.getByRole("heading", { name: "Reject 1 accrual" }).waitFor()
    expect(await reject.getByRole("button", { name: "Reject", exact: true }).isDisabled()).toBe(true)
    await reject.getByRole("button", { name: "Cancel" }).click()
    await reject.waitFor({ state: "detached" })

    await accruals().locator("thead").getByRole("checkbox").click()
    await suite.page.getByText("2 selected").waitFor()
    await suite.browser.shot("35-reward-accruals-selected")
    await suite.page.getByRole("button", { name: /^Approve/ }).click()
    await suite.page.getByText("Approved 2 accruals").waitFor()
    await accruals().getByText("No accruals match").waitFor()

    await suite.page.getByTestId("accrual-status-filter").click()
    await suite.page.getByRole("option", { name: "Approved" }).click()
    await accrualRows().nth(1).waitFor()
    expect(await accrualRows().getByTestId("accrual-status").allInnerTexts()).toEqual(["Approved", "Approved"])
  })

  it("shows the exact balance on the dealer's page and pays part of it out in cash", async () => {
    await accruals().getByRole("link", { name: "DLR-VIENNA" }).first().click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/dealers/${viennaId}$`))
    await wallet().getByTestId("wallet-money").getByText(eur(18), { exact: true }).waitFor()
    await wallet().getByTestId("wallet-pending").getByText("Nothing waiting for approval").waitFor()
    const statement = wallet().getByTestId("wallet-statement")
    await statement.locator("tbody tr").nth(1).waitFor()
    expect((await statement.getByTestId("wallet-entry-amount").allInnerTexts()).sort()).toEqual(
      [eur(15, true), eur(3, true)].sort()
    )
    await suite.browser.shotOf(wallet(), "36-dealer-wallet")

    // The form starts at the agreement's (cash); more than the balance is refused by the API.
    await wallet().getByRole("button", { name: "Pay out" }).click()
    const drawer = suite.page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Pay out to DLR-VIENNA" }).waitFor()
    await drawer.getByTestId("payout-form").getByText("Cash (bank transfer) (agreement)").waitFor()
    expect(await drawer.getByText(`Available: ${eur(18)}`).count()).toBe(1)
    await drawer.locator("#payout-amount").fill("20")
    await drawer.getByRole("button", { name: "Pay out" }).click()
    // The refusal's figures in the admin's money format.
    expect(await drawer.getByTestId("payout-error").innerText()).toContain(`the balance is ${eur(18)} (Money); ${eur(20)} cannot be paid out of it`)
    await drawer.locator("#payout-amount").fill("2")
    await drawer.locator("#payout-note").fill("Quarterly bonus, part one")
    await drawer.getByRole("button", { name: "Pay out" }).click()
    await suite.page.getByText(`Payout of ${eur(2)} as Cash (bank transfer): requested`).waitFor()
    await drawer.waitFor({ state: "detached" })
    await wallet().getByTestId("wallet-money").getByText(eur(16), { exact: true }).waitFor()

    // A cash payout is approved here; the bank file is made on the Rewards page's Payouts tab.
    const payouts = wallet().getByTestId("dealer-payouts")
    const row = payouts.locator("tbody tr").first()
    await row.getByTestId("payout-status").getByText("Requested").waitFor()
    expect(await row.innerText()).toContain("Quarterly bonus, part one")
    await row.getByRole("button", { name: "Approve" }).click()
    await row.getByTestId("payout-status").getByText("Approved").waitFor()
    await suite.browser.shotOf(wallet(), "37-dealer-wallet-approved")
  })

  it("adds DLR-VIENNA's bank account, exports its payout as a SEPA file and marks the file paid", async () => {
    // A mistyped IBAN is refused at the field; the right one is saved as the default account.
    const accounts = suite.page.getByTestId("dealer-bank-accounts")
    await accounts.getByTestId("bank-accounts-empty").waitFor()
    await accounts.getByRole("button", { name: "Add account" }).click()
    const prompt = suite.page.getByRole("alertdialog")
    await prompt.locator("#bank-holder").fill("Vienna Werkzeug GmbH")
    await prompt.locator("#bank-iban").fill("AT61 1904 3002 3457 3202")
    await prompt.locator("#bank-bic").fill("OPSKATWW")
    await prompt.getByRole("button", { name: "Save" }).click()
    await prompt.getByTestId("bank-iban-error").waitFor()
    await prompt.locator("#bank-iban").fill("AT61 1904 3002 3457 3201")
    await prompt.getByRole("button", { name: "Save" }).click()
    await prompt.waitFor({ state: "detached" })
    await accounts.getByTestId("bank-account-row").getByText("AT61 1904 3002 3457 3201").waitFor()
    await suite.browser.shotOf(accounts, "38-dealer-bank-account")

    await suite.page.goto(`${suite.app.baseUrl}/app/dealer-network/rewards?tab=payouts`)
    const approved = suite.page.getByTestId("approved-payouts")
    const payoutRow = approved.getByTestId("approved-payout-row").filter({ hasText: "DLR-VIENNA" })
    await payoutRow.waitFor()
    expect(await payoutRow.innerText()).toContain(eur(2))
    await payoutRow.getByRole("checkbox").click()
    const [download] = await Promise.all([
      suite.page.waitForEvent("download"),
      approved.getByRole("button", { name: "Export SEPA XML" }).click(),
    ])
    const xml = fs.readFileSync((await download.path())!, "utf8")
    expect(xml).toContain("pain.001.001.03")
    expect(xml).toContain("<IBAN>AT611904300234573201</IBAN>")
    expect(xml).toMatch(/<CtrlSum>2(\.00?)?<\/CtrlSum>/)
    expect(xml).toContain("DLR-VIENNA")
    await approved.getByText("No approved cash payouts wait for the bank.").waitFor()

    const batch = suite.page.getByTestId("payout-batches").getByTestId("payout-batch-row").first()
    await batch.getByText("Exported").waitFor()
    await suite.browser.shot("39-payouts-bank-file")
    await batch.getByRole("button", { name: "Mark paid" }).click()
    const paid = suite.page.getByRole("alertdialog")
    await paid.locator("#batch-reference").fill("BANK-REF-42")
    await paid.getByRole("button", { name: "Mark paid" }).click()
    await paid.waitFor({ state: "detached" })
    await batch.getByText("Paid").waitFor()
    expect(await batch.innerText()).toContain("BANK-REF-42")
    await suite.browser.shot("40-payouts-bank-file-paid")

    // The dealer's payout follows its file.
    await suite.page.goto(`${suite.app.baseUrl}/app/dealer-network/dealers/${viennaId}`)
    const payouts = wallet().getByTestId("dealer-payouts")
    await payouts.locator("tbody tr").first().getByTestId("payout-status").getByText("Paid").waitFor()
  })

  it("raised no errors in the page", () => {
    expect(suite.browser.pageErrors).toEqual([])
  })
})
