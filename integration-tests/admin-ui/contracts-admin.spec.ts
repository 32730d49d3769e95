/**
 * Contracts in a real browser: create a dealer under a distributor, write its
 * agreement in the form (agreed prices with a variant and quantity breaks, a
 * reward program, support), see the API's refusal at the field, add an
 * exclusive zone, activate it and see the dealer become active and take part
 * in the program; sign a new version and read what changed; terminate it.
 * Then open an application, read it, approve it and land on its draft.
 * Screenshots land in test-artifacts/admin-ui-contracts/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, fillDate, launchBrowser, logIn, openPluginPage, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-contracts")
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
const eur = (amount: number) =>
  new Intl.NumberFormat("en", { style: "currency", currency: "EUR", maximumFractionDigits: 2 }).format(amount)

let app: AdminApp
let browser: AdminBrowser
let page: Page
let admin: Record<string, string>
let programId: string

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_contracts_${process.pid}`, logDir: ARTIFACTS })

  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  admin = { authorization: `Bearer ${token}` }
  const { dealer } = await app.api(
    "POST",
    "/admin/dealers",
    { code: "NORD-DIST", name: "Nord Distribution", role: "distributor", city: "Hamburg", country_code: "de" },
    admin
  )
  await app.api("POST", `/admin/dealers/${dealer.id}`, { status: "active" }, admin)
  await app.api("POST", "/admin/dealer-territories", { code: "DE-SH", name: "Schleswig-Holstein", type: "country", country_code: "de" }, admin)
  const { product_category } = await app.api(
    "POST",
    "/admin/product-categories",
    { name: "Power tools", handle: "power-tools", is_active: true },
    admin
  )
  const { shipping_profiles } = await app.api("GET", "/admin/shipping-profiles?type=default", undefined, admin)
  const shippingProfileId =
    shipping_profiles[0]?.id ??
    (await app.api("POST", "/admin/shipping-profiles", { name: "Default", type: "default" }, admin)).shipping_profile.id
  await app.api(
    "POST",
    "/admin/products",
    {
      title: "Impact wrench W9",
      status: "published",
      shipping_profile_id: shippingProfileId,
      categories: [{ id: product_category.id }],
      options: [{ title: "Pack", values: ["Single"] }],
      variants: [
        { title: "Single", sku: "W9-1", options: { Pack: "Single" }, manage_inventory: false, prices: [{ amount: 120, currency_code: "eur" }] },
      ],
    },
    admin
  )
  const { program } = await app.api(
    "POST",
    "/admin/dealer-reward-programs",
    { code: "Q-BONUS", name: "Quarter bonus", period_type: "month", status: "active", currency_code: "eur", valid_from: day(-60) },
    admin
  )
  programId = program.id

  // A pending application with a message, from a storefront customer.
  const { api_key } = await app.api("POST", "/admin/api-keys", { title: "UI storefront", type: "publishable" }, admin)
  const pk = { "x-publishable-api-key": api_key.token }
  const applicant = { email: "owner@ostsee-werkzeug.test", password: "applicant-password" }
  const registration = await app.api("POST", "/auth/customer/emailpass/register", applicant)
  await app.api("POST", "/store/customers", { email: applicant.email }, { ...pk, authorization: `Bearer ${registration.token}` })
  const login = await app.api("POST", "/auth/customer/emailpass", applicant)
  await app.api(
    "POST",
    "/store/dealer-applications",
    {
      company_name: "Ostsee Werkzeug",
      city: "Rostock",
      country_code: "de",
      requested_role: "dealer",
      tax_id: "DE400000004",
      desired_region: "Mecklenburg-Vorpommern",
      expected_monthly_volume: 15000,
      message: "We run three hardware stores on the coast and want to carry your power tools.",
    },
    { ...pk, authorization: `Bearer ${login.token}` }
  )
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Contracts admin", () => {
  it("writes and activates a new dealer's contract with agreed prices and a zone; the dealer becomes active", async () => {
    // The dashboard's first compile is slow on a busy machine: wait for the login form before signing in.
    await page.goto(`${app.baseUrl}/app/login`, { timeout: 600_000 })
    await page.locator('input[name="email"]').waitFor({ timeout: 600_000 })
    await logIn(page, app.baseUrl)
    await openPluginPage(page, "Dealers")
    await page.getByRole("button", { name: "Create dealer" }).click()
    const create = page.getByRole("dialog")
    await create.locator("#dealer-code").fill("DLR-KIEL")
    await create.locator("#dealer-name").fill("Kieler Werkzeughandel")
    await create.locator("#dealer-parent").click()
    await page.getByRole("option", { name: /NORD-DIST/ }).click()
    await create.getByRole("button", { name: "Save" }).click()
    await create.waitFor({ state: "detached" })
    await page.getByRole("link", { name: "DLR-KIEL" }).click()
    await page.getByTestId("dealer-general-section").getByText("Applicant").waitFor()
    const section = page.getByTestId("dealer-agreements-section")
    await section.getByText("No agreements yet").waitFor()
    await browser.shot("01-new-dealer-no-agreement")

    // The contract's terms in the form.
    await section.getByTestId("create-agreement").click()
    const form = page.getByRole("dialog")
    await form.locator("#agreement-number").fill("KIEL-2026")
    await fillDate(form.getByTestId("agreement-valid-from"), day(-30))
    await form.locator("#agreement-min-monthly").fill("20000")
    await form.locator("#agreement-discount").fill("150")
    await form.locator("#agreement-variant").fill("Impact")
    await form.getByRole("button", { name: /Impact wrench W9 · Single \(W9-1\)/ }).click()
    await form.locator("#price_terms-0-amount").fill("99")
    await form.getByRole("button", { name: "Add a quantity break" }).click()
    expect(await form.locator("#price_terms-1-min_quantity").inputValue()).toBe("2")
    await form.locator("#price_terms-1-min_quantity").fill("10")
    await form.locator("#price_terms-1-amount").fill("89.50")
    await form.locator("#agreement-payment-days").fill("30")
    await form.locator("#agreement-credit-limit").fill("50000")
    await form.locator("#agreement-min-order").fill("500")
    await form.locator("#agreement-conflict-policy").click()
    await page.getByRole("option", { name: "Split between the dealers" }).click()
    await form.locator("#agreement-split-share").fill("60")
    await form.locator("#agreement-trainings").fill("4")
    await form.locator("#agreement-materials").fill("Catalogues and a shop display")
    await form.locator("#agreement-programs").fill("Quarter")
    await form.getByRole("button", { name: "Quarter bonus (Q-BONUS)" }).click()
    await form.locator("#agreement-payout-form").click()
    await page.getByRole("option", { name: "Marketing points" }).click()
    await form.getByTestId("agreement-form-submit").click()

    // The API refuses a discount over 100 %: said at the field.
    const fieldError = form.getByTestId("agreement-discount-error")
    await fieldError.waitFor()
    expect(await fieldError.innerText()).toMatch(/100/)
    await browser.shot("02-agreement-form-error")
    await form.locator("#agreement-discount").fill("8")
    await form.getByTestId("agreement-form-submit").click()
    await page.waitForURL(/\/dealer-network\/dealers\/[^/]+\/agreements\/dagr_/)
    await page.getByTestId("agreement-heading").getByText("Agreement KIEL-2026 v1").waitFor()
    await page.getByTestId("agreement-status").getByText("Draft").waitFor()
    const terms = page.getByTestId("agreement-terms")
    const prices = terms.getByTestId("agreement-agreed-prices")
    await prices.getByText(/Impact wrench W9/).first().waitFor()
    expect((await prices.innerText()).replace(/\s+/g, " ")).toContain(
      `Impact wrench W9 · Single (W9-1): ${eur(89.5)} from 10 pcs`
    )
    const termsText = (await terms.innerText()).replace(/\s+/g, " ")
    expect(termsText).toContain(`Minimum monthly turnover ${eur(20000)}`)
    expect(termsText).toContain("Payment terms (days) 30 days")
    expect(termsText).toContain("Conflict policy Split between the dealers")
    expect(termsText).toContain("Seller's share (%) 60 %")
    expect(termsText).toContain("Trainings a year 4")
    expect(termsText).toContain("Payout form Marketing points")
    await terms.getByTestId("agreement-programs").getByText("Quarter bonus (Q-BONUS)").waitFor()
    await browser.shot("03-draft-agreement")

    // An exclusive zone beside the contract.
    await page.getByTestId("add-zone").click()
    const zone = page.getByRole("dialog")
    await zone.locator("#zone-territory").click()
    await page.getByRole("option", { name: "Schleswig-Holstein (DE-SH)" }).click()
    await zone.locator("#zone-categories").fill("Power")
    await zone.getByRole("button", { name: "Power tools" }).click()
    await zone.locator("#zone-exclusive").click()
    await browser.shot("04-zone-form")
    await zone.getByTestId("save-zone").click()
    await zone.waitFor({ state: "detached" })
    const zoneRow = page.getByTestId("agreement-zone-row")
    await zoneRow.getByText("Exclusive").waitFor()
    expect(await zoneRow.innerText()).toContain("Power tools")

    // Activation: in force, the dealer active, taking part in the program.
    await page.getByTestId("activate-agreement").click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Activate" }).click()
    await page.getByTestId("agreement-status").getByText("In force").waitFor()
    await page.getByTestId("agreement-status").getByText("Active").waitFor()
    await browser.shot("05-agreement-active")
    await page.getByRole("link", { name: "DLR-KIEL · Kieler Werkzeughandel" }).click()
    await page.getByTestId("dealer-general-section").getByText("Active").waitFor()
    await page.getByTestId("dealer-agreements-section").getByText("In force").waitFor()
    await browser.shot("06-dealer-active")
    const { close } = await app.api(
      "POST",
      "/admin/dealer-reward-periods/close",
      { period: day(0).slice(0, 7), program_ids: [programId] },
      admin
    )
    expect(close.programs).toEqual([expect.objectContaining({ code: "Q-BONUS", participants: 1 })])
  })

  it("signs a new version from a date, shows what changed, and terminates the contract", async () => {
    await page.getByTestId("dealer-agreements-section").getByRole("link", { name: "KIEL-2026" }).click()
    await page.getByTestId("new-version").click()
    const form = page.getByRole("dialog")
    await fillDate(form.getByTestId("agreement-valid-from"), day(0))
    await form.locator("#agreement-discount").fill("10")
    await form.locator("#price_terms-1-amount").fill("85")
    await form.locator("#agreement-credit-limit").fill("")
    await form.getByTestId("agreement-form-submit").click()
    await page.getByTestId("agreement-heading").getByText("Agreement KIEL-2026 v2").waitFor()

    const latest = page.locator('[data-testid="agreement-version"][data-version="2"]')
    const changes = latest.getByTestId("agreement-changes")
    await changes.getByText(/Discount/).waitFor()
    const lines = await changes.locator("li").allInnerTexts()
    expect(lines).toEqual([
      "Discount: 8 % → 10 %",
      `Credit limit: ${eur(50000)} → None`,
      `Agreed price of Impact wrench W9 · Single (W9-1) from 10 pcs: ${eur(89.5)} → ${eur(85)}`,
    ])
    await page.locator('[data-testid="agreement-version"][data-version="1"]').getByText("The first version of the contract.").waitFor()
    await browser.shot("07-new-version-history")
    await browser.shotOf(page.getByTestId("agreement-history"), "07b-history-section")

    await page.getByTestId("terminate-agreement").click()
    const prompt = page.getByRole("alertdialog")
    await prompt.locator("#terminate-reason").fill("The dealer closed its Kiel store")
    await prompt.getByRole("button", { name: "Terminate" }).click()
    await page.getByTestId("agreement-status").getByText("Terminated").waitFor()
    expect(await page.getByTestId("agreement-termination").innerText()).toContain("The dealer closed its Kiel store")
    await browser.shot("08-terminated")
  })

  it("opens an application, shows everything the company wrote, and approval leads to its draft contract", async () => {
    await openPluginPage(page, "Applications")
    await page.getByRole("button", { name: "Ostsee Werkzeug" }).click()
    const details = page.getByTestId("application-details")
    await details.getByTestId("application-message").getByText(/three hardware stores on the coast/).waitFor()
    const text = (await details.innerText()).replace(/\s+/g, " ")
    expect(text).toContain("Tax ID DE400000004")
    expect(text).toContain("Region it wants to cover Mecklenburg-Vorpommern")
    expect(text).toContain(`Expected monthly volume ${eur(15000)}`)
    expect(text).toContain("Customer account owner@ostsee-werkzeug.test")
    await browser.shot("09-application-details")

    await details.getByTestId("application-approve").click()
    const approve = page.getByRole("dialog")
    await approve.getByRole("heading", { name: "Approve application" }).waitFor()
    await approve.getByRole("button", { name: "Approve" }).click()
    await page.waitForURL(/\/dealer-network\/dealers\/[^/]+\/agreements\/dagr_/)
    await page.getByTestId("agreement-status").getByText("Draft").waitFor()
    await page.getByTestId("edit-agreement").waitFor()
    await browser.shot("10-approved-draft")
  })

  it("raised no errors in the page", () => {
    expect(browser.pageErrors).toEqual([])
  })
})
