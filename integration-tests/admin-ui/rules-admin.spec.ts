/**
 * The reward rule builder in a real browser: build a tiered rule on the sales
 * of a focus category with a condition, watch the live simulation and its
 * next-tier hint follow the edits, see the API's refusal at the tier's field,
 * save, and read the rule's summary in words with the category's name, in
 * English and in Russian.
 * Screenshots land in test-artifacts/admin-ui-rules/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, launchBrowser, logIn, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"
import { applyToTotalsSql } from "../../src/modules/sales-plan/ledger-totals"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-rules")
const TODAY = new Date().toISOString().slice(0, 10)
const eur = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(amount)
const eurRu = (amount: number) => new Intl.NumberFormat("ru", { style: "currency", currency: "EUR" }).format(amount)

let app: AdminApp
let browser: AdminBrowser
let page: Page
let programId: string

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  await page.setViewportSize({ width: 1440, height: 1000 })
  app = await startAdminApp({ database: `dealer_network_ui_rules_${process.pid}`, logDir: ARTIFACTS })

  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  const admin = { authorization: `Bearer ${token}` }
  const { product_category: garden } = await app.api(
    "POST",
    "/admin/product-categories",
    { name: "Garden", handle: "garden", is_active: true },
    admin
  )
  await app.api("POST", "/admin/product-categories", { name: "Tools", handle: "tools", is_active: true }, admin)
  const { dealer } = await app.api("POST", "/admin/dealers", { code: "DLR-GREEN", name: "Grüne Wiese GmbH", role: "dealer" }, admin)
  await app.api("POST", `/admin/dealers/${dealer.id}`, { status: "active" }, admin)
  const { program } = await app.api(
    "POST",
    "/admin/dealer-reward-programs",
    { code: "GARDEN-26", name: "Garden season", period_type: "month", valid_from: `${TODAY.slice(0, 4)}-01-01`, currency_code: "eur", status: "active" },
    admin
  )
  programId = program.id

  // This month's three orders in the plan ledger, as the order.placed subscriber
  // writes them: €9,000.00 in all, €3,300.00 of it in the Garden category.
  const orders: [string, string][] = [
    ["4000.00", "1500.00"],
    ["3000.00", "1000.00"],
    ["2000.00", "800.00"],
  ]
  for (const [i, [amount, garden_amount]] of orders.entries()) {
    await app.dbQuery(
      `insert into dealer_contribution (id, dealer_id, order_id, cause, source_id, period_key, occurred_at, currency_code, amount, raw_amount, order_count)
       values ($1, $2, $3, 'order_placed', $3, $4, now() - ($5 || ' minutes')::interval, 'eur', $6, $7, 1)`,
      [`dcon_rules_${i}`, dealer.id, `order_rules_${i}`, TODAY.slice(0, 7), String(60 - i * 10), amount, JSON.stringify({ value: amount, precision: 20 })]
    )
    await app.dbQuery(
      `insert into dealer_contribution_line (id, contribution_id, product_id, category_ids, quantity, amount, raw_amount)
       values ($1, $2, null, $3, 5, $4, $5)`,
      [`dconl_rules_${i}`, `dcon_rules_${i}`, [garden.id], garden_amount, JSON.stringify({ value: garden_amount, precision: 20 })]
    )
  }
  // And their running totals, kept with the ledger (what the simulation's facts read).
  for (const statement of applyToTotalsSql("c.id like 'dcon_rules_%'", 1)) await app.dbQuery(statement)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** Picks an option of a Medusa UI select. */
async function choose(trigger: ReturnType<Page["locator"]>, option: string) {
  await trigger.click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

describe("Reward rule builder", () => {
  it("builds a tiered rule on a focus category with a condition, simulates it live, shows the API's refusal at the field, and saves it", async () => {
    await logIn(page, app.baseUrl)
    await page.goto(`${app.baseUrl}/app/dealer-network/rewards/${programId}`)
    await page.getByText("No rules yet: the program pays nothing.").waitFor()

    await page.getByRole("button", { name: "Add rule" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Add rule" }).waitFor()
    // No JSON to type: the rule is a form.
    expect(await drawer.locator("textarea").count()).toBe(0)
    await drawer.locator("#rule-name").fill("Garden rebate")

    // The simulation beside the form: the starting rule (2 % of sales) for DLR-GREEN this month.
    const simulation = drawer.getByTestId("rule-draft-simulation")
    await simulation.getByText("Pick a dealer to see what the rule would pay.").waitFor()
    await drawer.locator("#draft-sim-dealer").fill("GREEN")
    await drawer.getByTestId("dealer-picker-results").getByRole("button", { name: /DLR-GREEN/ }).click()
    const amount = simulation.getByTestId("draft-sim-amount")
    await amount.getByText(eur(180)).waitFor()
    expect(await simulation.getByTestId("draft-sim-facts").innerText()).toBe(`Sales: ${eur(9000)} · 3 orders · Plan attainment: no plan`)

    // Tiers on the Garden category's sales: 1 % from 0, 3 % from €5,000.
    await choose(drawer.locator("#rule-reward-type"), "Tier table")
    await choose(drawer.locator("#rule-base"), "Sales of a product or category")
    await drawer.locator("#rule-base-focus").fill("Gard")
    await drawer.getByRole("button", { name: /^Garden/ }).click()
    await drawer.getByTestId("picked-focus").getByText("Garden").waitFor()
    await drawer.locator("#rule-tier-0-rate").fill("1")
    await drawer.getByRole("button", { name: "Add tier" }).click()
    await drawer.locator("#rule-tier-1-from").fill("5000")
    await drawer.locator("#rule-tier-1-rate").fill("3")
    await amount.getByText(eur(33)).waitFor()
    const hint = simulation.getByTestId("draft-next-tier")
    await hint.getByText(`Sell ${eur(1700)} more of category Garden to earn ${eur(117)} more`).waitFor()
    await simulation.getByText(`Tier 1 reached (sales of category Garden from ${eur(0)}): 1% of ${eur(3300)}`).waitFor()

    // A condition: at least 3 orders (met), then at least 4 (not met: nothing is earned).
    await drawer.getByRole("button", { name: "Add condition" }).click()
    await choose(drawer.locator("#rule-condition-0-metric"), "Orders")
    await drawer.locator("#rule-condition-0-value").fill("4")
    await simulation.getByText("Not met: Orders ≥ 4 (now 3)").waitFor()
    await amount.getByText(eur(0)).waitFor()
    await drawer.locator("#rule-condition-0-value").fill("3")
    await simulation.getByText("Met: Orders ≥ 3 (now 3)").waitFor()
    await amount.getByText(eur(33)).waitFor()

    // Lowering the second tier moves the hint.
    await drawer.locator("#rule-tier-1-from").fill("4000")
    await hint.getByText(`Sell ${eur(700)} more of category Garden to earn ${eur(87)} more`).waitFor()
    await browser.shot("01-rule-builder-with-simulation")

    // A tier not above the previous one: the API refuses, at the tier's field.
    await drawer.locator("#rule-tier-1-from").fill("0")
    // The field is named as the form shows it (Tier 2, From), with the previous tier's start.
    await simulation.getByTestId("draft-sim-error").getByText(`Tier 2 · From: must be above 0, the previous tier's From`).waitFor()
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.getByTestId("rule-tier-1-from-error").getByText("must be above 0, the previous tier's From").waitFor()
    // Above the fields too, named by the field's label rather than the API's path.
    const saveError = await drawer.getByTestId("rule-save-error").innerText()
    expect(saveError).toContain("Tier 2: From: must be above 0, the previous tier's From")
    expect(saveError).not.toMatch(/\bfrom\b/)
    expect(saveError).not.toContain("definition.reward")
    expect(await drawer.locator("#rule-tier-1-from").getAttribute("aria-invalid")).toBe("true")
    await browser.shot("02-api-error-at-the-tier")

    await drawer.locator("#rule-tier-1-from").fill("4000")
    await hint.getByText(`Sell ${eur(700)} more of category Garden to earn ${eur(87)} more`).waitFor()
    await drawer.getByRole("button", { name: "Save" }).click()
    await page.getByText("Rule Garden rebate added").waitFor()

    // The rule in words, with the category's name, never its id.
    const summary = page.locator('[data-rule-name="Garden rebate"]').getByTestId("rule-summary")
    await summary.getByText(/category Garden/).waitFor()
    expect(await summary.innerText()).toBe(
      `Retroactive tiers on sales of category Garden: from ${eur(0)} — 1%, from ${eur(4000)} — 3%, if Orders ≥ 3`
    )
    expect(await page.getByTestId("program-rules").innerText()).not.toMatch(/pcat_/)
    await browser.shot("03-program-with-rule-in-words")

    // Editing it opens the builder on the saved rule.
    await page.getByRole("button", { name: "Rule Garden rebate actions" }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    const edit = page.getByRole("dialog")
    await edit.getByRole("heading", { name: "Edit rule Garden rebate" }).waitFor()
    expect(await edit.locator("#rule-tier-1-from").inputValue()).toBe("4000")
    await edit.getByTestId("picked-focus").getByText("Garden").waitFor()
    await browser.shot("04-edit-rule")
    await edit.getByRole("button", { name: "Cancel" }).click()
    await edit.waitFor({ state: "detached" })

    // In Russian: the summary, the builder and the next-tier hint.
    await page.goto(`${app.baseUrl}/app/settings/profile/edit`)
    const profile = page.getByRole("dialog")
    await profile.getByRole("combobox").click()
    await page.getByRole("option", { name: "Русский" }).click()
    await profile.getByRole("button", { name: "Save" }).click()
    await profile.waitFor({ state: "detached" })
    await page.goto(`${app.baseUrl}/app/dealer-network/rewards/${programId}`)
    const summaryRu = page.locator('[data-rule-name="Garden rebate"]').getByTestId("rule-summary")
    // The category's name arrives after the rule: wait for it, as the English check does.
    await summaryRu.getByText(/категории «Garden»/).waitFor()
    expect(await summaryRu.innerText()).toBe(
      `Ретроактивная шкала, показатель — продажи категории «Garden»: от ${eurRu(0)} — 1\u00a0%, от ${eurRu(4000)} — 3\u00a0%, если Заказы ≥ 3`
    )
    // The program's page is Russian too: the rule's menu and its Edit.
    await page.getByRole("button", { name: "Действия с правилом Garden rebate" }).click()
    await page.getByRole("menuitem", { name: "Изменить" }).click()
    const editRu = page.getByRole("dialog")
    await editRu.getByRole("heading", { name: "Правило Garden rebate" }).waitFor()
    await editRu.getByText("Ступени", { exact: true }).waitFor()
    await editRu.locator("#draft-sim-dealer").fill("GREEN")
    await editRu.getByTestId("dealer-picker-results").getByRole("button", { name: /DLR-GREEN/ }).click()
    await editRu
      .getByTestId("draft-next-tier")
      .getByText(`Продайте ещё на ${eurRu(700)} категории «Garden», чтобы получить ещё ${eurRu(87)}`)
      .waitFor()
    expect(await editRu.getByTestId("draft-sim-facts").innerText()).toBe(
      `Продажи: ${eurRu(9000)} · 3 заказа · Выполнение плана: плана нет`
    )
    await browser.shot("05-edit-rule-ru")
    expect(browser.pageErrors).toEqual([])
  })

  it("simulates a new program's first rule live in Create program, as a program's page does (the admin still in Russian)", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/rewards?tab=programs`)
    await page.getByRole("button", { name: "Создать программу" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Новая программа вознаграждений" }).waitFor()
    await drawer.locator("#program-code").fill("LAUNCH-26")
    await drawer.locator("#program-name").fill("Launch bonus")
    await drawer.locator("#program-rule-0-name").fill("Launch rebate")

    // The first rule starts as 2 % of sales: DLR-GREEN's €9,000.00 this month would earn €180.00, nothing saved yet.
    const simulation = drawer.getByTestId("rule-draft-simulation")
    await simulation.getByText("Выберите дилера, чтобы увидеть, сколько заплатит правило.").waitFor()
    await drawer.locator("#draft-sim-dealer").fill("GREEN")
    await drawer.getByTestId("dealer-picker-results").getByRole("button", { name: /DLR-GREEN/ }).click()
    const amount = simulation.getByTestId("draft-sim-amount")
    await amount.getByText(eurRu(180)).waitFor()
    expect(await simulation.getByTestId("draft-sim-facts").innerText()).toBe(`Продажи: ${eurRu(9000)} · 3 заказа · Выполнение плана: плана нет`)
    // Editing the rule asks again: 5 % of the same sales.
    await drawer.locator("#program-rule-0-rate").fill("5")
    await amount.getByText(eurRu(450)).waitFor()
    await browser.shot("06-create-program-simulation-ru")

    await drawer.getByRole("button", { name: "Создать", exact: true }).click()
    await page.getByText("Программа LAUNCH-26 создана: 1 правило").waitFor()
    const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
    const listed = await app.api("GET", "/admin/dealer-reward-programs?code=LAUNCH-26", undefined, { authorization: `Bearer ${token}` })
    expect(listed.programs.map((program: any) => [program.code, program.rules.map((rule: any) => rule.name)])).toEqual([["LAUNCH-26", ["Launch rebate"]]])
    expect(browser.pageErrors).toEqual([])
  })
})
