/**
 * The admin extensions in a real browser: a fresh database, the in-repo host
 * app served by `medusa start` in development mode (the admin dashboard with
 * src/admin compiled on the fly by Vite), and Debian's chromium driven by
 * playwright-core. Screenshots land in test-artifacts/admin-ui/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import {
  ADMIN_USER,
  AdminApp,
  AdminBrowser,
  launchBrowser,
  logIn,
  openPluginPage as openPluginPageOf,
  sidebarLink as sidebarLinkOf,
  startAdminApp,
  waitUntil,
} from "../helpers/browser"
import { checkout, WholesaleStore } from "../helpers/checkout"
import { ROOT } from "../helpers/medusa-process"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui")

let app: AdminApp
let browser: AdminBrowser
let page: Page

/** The link of a dealer's code in the dealer table. */
const tableLink = (code: string) => page.locator("table").getByRole("link", { name: code, exact: true })
/** The table row of a dealer, found by its code's link. */
const tableRow = (code: string) =>
  page.locator("table tbody tr").filter({ has: page.getByRole("link", { name: code, exact: true }) })

const sidebarLink = (name: string) => sidebarLinkOf(page, name)
const openPluginPage = (item: string) => openPluginPageOf(page, item)

const seeded: Record<string, string> = {}
let admin: Record<string, string> = {}

/** This month and the one before it, as the plugin (time zone UTC here) sees them. */
const monthOf = (date: Date) => date.toISOString().slice(0, 7)
const TODAY = new Date().toISOString().slice(0, 10)
const PERIOD = monthOf(new Date())
const PREVIOUS = monthOf(new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5)) - 2, 1)))
/** Working days (Monday to Friday) of this month: in all, and elapsed up to and including today. */
const WORKING_DAYS = (() => {
  const [year, month] = PERIOD.split("-").map(Number)
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  let total = 0
  let elapsed = 0
  for (let day = 1; day <= days; day++) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    total++
    if (`${PERIOD}-${String(day).padStart(2, "0")}` <= TODAY) elapsed++
  }
  return { total, elapsed }
})()
const eur = (amount: number, signed = false) =>
  new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "EUR",
    ...(signed ? { signDisplay: "exceptZero" as const } : {}),
  }).format(amount)

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_${process.pid}`, logDir: ARTIFACTS })

  // Seed through the admin API, as an admin.
  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  admin = { authorization: `Bearer ${token}` }
  const createDealer = async (body: Record<string, unknown>) => {
    const { dealer } = await app.api("POST", "/admin/dealers", body, admin)
    seeded[dealer.code] = dealer.id
    return dealer
  }
  const north = await createDealer({
    code: "DIST-NORTH",
    name: "Nordic Distribution",
    role: "distributor",
    city: "Hamburg",
    country_code: "de",
    tax_id: "DE100000001",
  })
  const berlin = await createDealer({
    code: "DLR-BERLIN",
    name: "Berlin Tools",
    role: "dealer",
    parent_id: north.id,
    city: "Berlin",
    country_code: "de",
    email: "office@berlin-tools.test",
  })
  const potsdam = await createDealer({
    code: "SUB-POTSDAM",
    name: "Potsdam Workshop",
    role: "sub_dealer",
    parent_id: berlin.id,
    city: "Potsdam",
    country_code: "de",
  })
  await createDealer({
    code: "DLR-MUNICH",
    name: "Munich Machines",
    role: "dealer",
    city: "Munich",
    country_code: "de",
  })

  // DLR-BERLIN gets a member, a draft agreement and an exclusive zone.
  const { customer } = await app.api(
    "POST",
    "/admin/customers",
    { email: "buyer@berlin-tools.test", first_name: "Bea", last_name: "Buyer" },
    admin
  )
  seeded[customer.email] = customer.id
  await app.api("POST", `/admin/dealers/${berlin.id}/members`, { customer_id: customer.id, role: "manager" }, admin)
  // A customer without a dealer, to add through the UI.
  const { customer: walker } = await app.api(
    "POST",
    "/admin/customers",
    { email: "walker@berlin-tools.test", first_name: "Wes", last_name: "Walker" },
    admin
  )
  seeded[walker.email] = walker.id
  await app.api(
    "POST",
    `/admin/dealers/${berlin.id}/agreements`,
    { number: "AGR-BERLIN-1", valid_from: "2026-01-01T00:00:00.000Z", payout_form: "cash" },
    admin
  )
  const { territory } = await app.api(
    "POST",
    "/admin/dealer-territories",
    { code: "DE", name: "Germany", type: "country", country_code: "de" },
    admin
  )
  await app.api(
    "POST",
    "/admin/dealer-zones",
    { dealer_id: berlin.id, territory_id: territory.id, is_exclusive: true, starts_at: "2026-01-01T00:00:00.000Z" },
    admin
  )

  // A pending application from a storefront customer.
  const { api_key } = await app.api(
    "POST",
    "/admin/api-keys",
    { title: "UI test storefront", type: "publishable" },
    admin
  )
  const pk = { "x-publishable-api-key": api_key.token }
  const applicant = { email: "owner@acme-retail.test", password: "applicant-password" }
  const registration = await app.api("POST", "/auth/customer/emailpass/register", applicant)
  await app.api(
    "POST",
    "/store/customers",
    { email: applicant.email, first_name: "Ada", last_name: "Acme" },
    { ...pk, authorization: `Bearer ${registration.token}` }
  )
  const login = await app.api("POST", "/auth/customer/emailpass", applicant)
  await app.api(
    "POST",
    "/store/dealer-applications",
    { company_name: "Acme Retail", city: "Leipzig", country_code: "de", requested_role: "dealer", tax_id: "DE200000002" },
    { ...pk, authorization: `Bearer ${login.token}` }
  )

  // Plans: DLR-BERLIN this month (with a focus category) and last month, its sub-dealer this month.
  const { product_category } = await app.api(
    "POST",
    "/admin/product-categories",
    { name: "Power tools", handle: "power-tools", is_active: true },
    admin
  )
  await app.api(
    "POST",
    "/admin/dealer-plans",
    {
      dealer_id: berlin.id,
      period: PERIOD,
      target_amount: 20000,
      target_order_count: 40,
      targets: [{ target_type: "category", target_id: product_category.id, metric: "amount", target_value: 5000 }],
    },
    admin
  )
  await app.api("POST", "/admin/dealer-plans", { dealer_id: berlin.id, period: PREVIOUS, target_amount: 12000 }, admin)
  await app.api("POST", "/admin/dealer-plans", { dealer_id: potsdam.id, period: PERIOD, target_amount: 3000 }, admin)

  // An order for DLR-BERLIN's member: a draft order converted by the admin places it
  // (order.placed), and the plugin credits 2 × 150 EUR to the dealer.
  const { region } = await app.api(
    "POST",
    "/admin/regions",
    { name: "Germany", currency_code: "eur", countries: ["de"] },
    admin
  )
  const address = { first_name: "Bea", last_name: "Buyer", address_1: "Alexanderplatz 1", city: "Berlin", country_code: "de", postal_code: "10178" }
  const { draft_order } = await app.api(
    "POST",
    "/admin/draft-orders",
    {
      customer_id: customer.id,
      email: customer.email,
      region_id: region.id,
      shipping_address: address,
      billing_address: address,
      items: [{ title: "Cordless drill X18", quantity: 2, unit_price: 150 }],
    },
    admin
  )
  await app.api("POST", `/admin/draft-orders/${draft_order.id}/convert-to-order`, {}, admin)
  seeded.order = draft_order.id
  const credit = await waitUntil(
    () => app.api("GET", `/admin/orders/${draft_order.id}/dealer`, undefined, admin),
    (res) => res.contributions.length > 0
  )
  if (!credit.contributions.length) throw new Error(`the order was not credited: ${JSON.stringify(credit)}`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Dealer network admin", () => {
  it("logs in and opens the Dealer network page from the sidebar", async () => {
    await logIn(page, app.baseUrl)

    await openPluginPage("Dealers")
    await page.waitForURL(/\/app\/dealer-network\/dealers$/)
    await page.getByRole("heading", { name: "Dealers", exact: true }).waitFor()
    for (const code of ["DIST-NORTH", "DLR-BERLIN", "SUB-POTSDAM", "DLR-MUNICH"]) {
      await tableLink(code).waitFor()
    }
    const berlinRow = tableRow("DLR-BERLIN")
    const rowText = await berlinRow.innerText()
    expect(rowText).toContain("Berlin Tools")
    expect(rowText).toContain("Dealer")
    expect(rowText).toContain("Applicant")
    expect(rowText).toContain("DIST-NORTH")
    expect(rowText).toContain("Berlin, DE")
    await browser.shot("01-dealer-list")
  })

  it("narrows the table by search and by role", async () => {
    await page.getByPlaceholder("Search dealers").fill("munich")
    await tableLink("DIST-NORTH").waitFor({ state: "detached" })
    await tableLink("DLR-MUNICH").waitFor()
    expect(await page.locator("table tbody tr").count()).toBe(1)
    await browser.shot("02-search-munich")

    await page.getByPlaceholder("Search dealers").fill("")
    await tableLink("DIST-NORTH").waitFor()

    await page.getByTestId("role-filter").click()
    await page.getByRole("option", { name: "Sub-dealer" }).click()
    await tableLink("DLR-BERLIN").waitFor({ state: "detached" })
    await tableLink("SUB-POTSDAM").waitFor()
    expect(await page.locator("table tbody tr").count()).toBe(1)
    await page.getByTestId("role-filter").click()
    await page.getByRole("option", { name: "All roles" }).click()
    await tableLink("DLR-BERLIN").waitFor()
  })

  it("creates a dealer through the form, showing the API's error first", async () => {
    await page.getByRole("button", { name: "Create dealer" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Create dealer" }).waitFor()
    await drawer.locator("#dealer-code").fill("DLR-BERLIN")
    await drawer.locator("#dealer-name").fill("Hamburg Harbour Supply")
    await drawer.locator("#dealer-parent").click()
    await page.getByRole("option", { name: /DIST-NORTH/ }).click()
    await drawer.locator("#dealer-tax-id").fill("DE300000003")
    await drawer.locator("#dealer-email").fill("sales@harbour-supply.test")
    await drawer.locator("#dealer-city").fill("Hamburg")
    await drawer.locator("#dealer-country").fill("de")
    await drawer.getByRole("button", { name: "Save" }).click()

    // The code is taken: the drawer stays open with the API's message.
    const error = drawer.getByTestId("create-dealer-error")
    await error.waitFor()
    expect(await error.innerText()).toMatch(/already has code DLR-BERLIN/)
    await browser.shot("03-create-dealer-error")

    await drawer.locator("#dealer-code").fill("DLR-HAMBURG")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })
    await tableLink("DLR-HAMBURG").waitFor()
    const row = await tableRow("DLR-HAMBURG").innerText()
    expect(row).toContain("Hamburg Harbour Supply")
    expect(row).toContain("DIST-NORTH")
    await browser.shot("04-dealer-created")
  })

  it("shows a dealer's header, members, agreements, zones and sub-network", async () => {
    await tableLink("DLR-BERLIN").click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${seeded["DLR-BERLIN"]}$`))
    await page.getByRole("heading", { name: "DLR-BERLIN · Berlin Tools" }).waitFor()

    const tree = page.getByTestId("dealer-tree")
    await tree.locator('[data-dealer-code="SUB-POTSDAM"]').waitFor()
    await page.getByTestId("dealer-ancestors").getByRole("link", { name: "DIST-NORTH" }).waitFor()
    await page.getByTestId("dealer-members-section").getByText("buyer@berlin-tools.test").waitFor()
    expect(await page.getByTestId("dealer-members-section").innerText()).toContain("Manager")
    await page.getByTestId("dealer-agreements-section").getByText("AGR-BERLIN-1").waitFor()
    await page.getByTestId("dealer-zones-section").locator("tbody").getByText("Exclusive").waitFor()
    expect(await page.getByTestId("dealer-zones-section").innerText()).toContain("Germany")
    await browser.shot("05-dealer-detail")

    // Add a member by searching customers, then remove the seeded one.
    const members = page.getByTestId("dealer-members-section")
    await members.getByRole("button", { name: "Add member" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("#member-role").click()
    await page.getByRole("option", { name: "Owner" }).click()
    await drawer.locator("#member-search").fill("walker")
    const result = drawer.locator("div", { hasText: "walker@berlin-tools.test" }).getByRole("button", { name: "Add", exact: true })
    await result.waitFor()
    await browser.shot("06-add-member")
    await result.click()
    await drawer.waitFor({ state: "detached" })
    const walkerRow = members.locator("tbody tr", { hasText: "walker@berlin-tools.test" })
    await walkerRow.waitFor()
    expect(await walkerRow.innerText()).toContain("Owner")

    await members.getByRole("button", { name: "Remove buyer@berlin-tools.test" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click()
    await members.getByText("buyer@berlin-tools.test").waitFor({ state: "detached" })

    // Activating the draft agreement puts it in force and makes the dealer active.
    await page.getByTestId("dealer-agreements-section").getByRole("button", { name: "Activate" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Activate" }).click()
    await page.getByTestId("dealer-agreements-section").getByText("In force").waitFor()
    await page.getByTestId("dealer-general-section").getByText("Active", { exact: true }).waitFor()
    await page.getByTestId("dealer-tree").locator('[data-dealer-code="DLR-BERLIN"]').first().getByText("Active", { exact: true }).first().waitFor()
    await browser.shot("07-agreement-activated")

    // The tree links to the sub-dealer, whose upline runs back to the distributor.
    await tree.getByRole("link", { name: "SUB-POTSDAM" }).click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${seeded["SUB-POTSDAM"]}$`))
    await page.getByRole("heading", { name: "SUB-POTSDAM · Potsdam Workshop" }).waitFor()
    const upline = page.getByTestId("dealer-ancestors")
    await upline.getByRole("link", { name: "DLR-BERLIN" }).waitFor()
    expect((await upline.innerText()).replace(/\s+/g, " ")).toMatch(/DIST-NORTH.*DLR-BERLIN.*SUB-POTSDAM/)
    await browser.shot("08-sub-dealer-detail")
  })

  it("approves a pending application with a dealer code", async () => {
    await openPluginPage("Applications")
    await page.waitForURL(/\/app\/dealer-network\/applications$/)
    const row = page.locator("tr", { hasText: "Acme Retail" })
    await row.waitFor()
    await browser.shot("09-applications")

    await row.getByRole("button", { name: "Approve" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("#approve-code").fill("DLR-ACME")
    await drawer.getByRole("button", { name: "Approve" }).click()
    await drawer.waitFor({ state: "detached" })
    await row.waitFor({ state: "detached" })

    await openPluginPage("Dealers")
    await tableLink("DLR-ACME").waitFor()
    expect(await tableRow("DLR-ACME").innerText()).toContain("Acme Retail")
  })

  it("raised no errors in the page", () => {
    expect(browser.pageErrors).toEqual([])
  })
})

describe("Plans, progress and the dealer widgets", () => {
  const progress = () => page.getByTestId("dealer-progress-section")
  const rankedRows = () => page.locator("table tbody tr")
  const rankedCodes = async () =>
    (await rankedRows().locator("td:first-child a").allInnerTexts()).map((text) => text.trim())
  /** Where DLR-BERLIN should be today: plan 20,000, actual 300 (the converted draft order). */
  const berlinExpected = Math.round(((20000 * WORKING_DAYS.elapsed) / WORKING_DAYS.total) * 100) / 100
  const berlinDeviation = Math.round((300 - berlinExpected) * 100) / 100

  const openDealer = async (code: string) => {
    await openPluginPage("Dealers")
    await page.waitForURL(/\/app\/dealer-network\/dealers$/)
    await tableLink(code).click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${seeded[code] ?? "dlr_"}`))
  }

  it("shows DLR-BERLIN's plan against actual: deviation, attainment, projection, focus target, sub-network", async () => {
    await openDealer("DLR-BERLIN")
    const section = progress()
    await section.getByRole("heading", { name: "Plan and progress" }).waitFor()
    await section.getByTestId("progress-plan").getByText(eur(20000)).waitFor()
    expect(await section.getByTestId("progress-plan").innerText()).toContain("40 orders")
    expect(await section.getByTestId("progress-actual").innerText()).toContain(eur(300))
    expect(await section.getByTestId("progress-actual").innerText()).toContain("1 order")
    expect(await section.getByTestId("progress-expected").innerText()).toContain(eur(berlinExpected))
    expect(await section.getByTestId("progress-expected").innerText()).toContain(
      `${WORKING_DAYS.elapsed} of ${WORKING_DAYS.total} working days`
    )
    expect(await section.getByTestId("progress-deviation").innerText()).toContain(eur(berlinDeviation, true))
    expect(await section.getByTestId("progress-aov").innerText()).toContain(eur(300))
    const pace = await section.getByTestId("progress-pace").innerText()
    expect(pace).toBe(WORKING_DAYS.elapsed > 0 ? "Behind plan" : "Ahead of plan")
    if (WORKING_DAYS.elapsed > 0) {
      // Behind shows in red.
      const color = await section
        .getByTestId("progress-deviation")
        .getByText(eur(berlinDeviation, true))
        .evaluate((el) => getComputedStyle(el).color)
      expect(color).toMatch(/^rgb\((\d+), (\d+), (\d+)\)$/)
      const [r, g, b] = color.match(/\d+/g)!.map(Number)
      expect(r).toBeGreaterThan(g + 60)
      expect(r).toBeGreaterThan(b + 60)
    }
    expect(await section.getByRole("progressbar").first().getAttribute("aria-valuenow")).toBe("1.5")
    const targets = section.getByTestId("progress-targets")
    await targets.getByText("Power tools").waitFor()
    expect(await targets.innerText()).toContain(eur(5000))
    const sub = await section.getByTestId("progress-sub-network").innerText()
    expect(sub).toContain(eur(23000))
    expect(sub).toContain("2 in all")
    await browser.shot("10-dealer-progress")
    await browser.shotOf(section, "10b-dealer-progress-section")

    // Last month is over: no sales against a plan of 12,000 is all deviation.
    await section.getByRole("button", { name: /^Previous month/ }).click()
    await section.getByTestId("progress-plan").getByText(eur(12000)).waitFor()
    expect(await section.getByTestId("progress-pace").innerText()).toBe("Behind plan")
    const deviation = await section.getByTestId("progress-deviation").innerText()
    expect(deviation).toContain(eur(-12000, true))
    expect(deviation).toContain("-100%")
    await browser.shot("11-dealer-progress-previous-month")
    await section.getByRole("button", { name: /^Next month/ }).click()
    await section.getByTestId("progress-plan").getByText(eur(20000)).waitFor()
  })

  it("sets a plan through the drawer, showing the API's error first", async () => {
    await openDealer("DLR-MUNICH")
    const section = progress()
    await section.getByTestId("progress-no-plan").waitFor()
    await section.getByRole("button", { name: "Set plan" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: /^Set plan/ }).waitFor()
    await drawer.locator("#plan-target-amount").fill("-5")
    await drawer.getByRole("button", { name: "Save" }).click()
    const error = drawer.getByTestId("set-plan-error")
    await error.waitFor()
    expect(await error.innerText()).toMatch(/target_amount/)
    await browser.shot("12-set-plan-error")

    await drawer.locator("#plan-target-amount").fill("8000")
    await drawer.locator("#plan-order-count").fill("10")
    // A focus target: 1,500 EUR of power tools, picked by searching the categories.
    await drawer.getByRole("button", { name: "Add focus target" }).click()
    const target = drawer.getByTestId("plan-target-row")
    await target.locator("#plan-target-0-type").click()
    await page.getByRole("option", { name: "Category" }).click()
    await target.locator("#plan-target-0-metric").click()
    await page.getByRole("option", { name: "Amount" }).click()
    await target.locator("#plan-target-0-search").fill("power")
    await target.getByRole("button", { name: /Power tools/ }).click()
    await target.getByText("Power tools").waitFor()
    await target.locator("#plan-target-0-value").fill("1500")
    await browser.shotOf(drawer, "13a-set-plan-drawer")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })
    await section.getByTestId("progress-plan").getByText(eur(8000)).waitFor()
    expect(await section.getByTestId("progress-plan").innerText()).toContain("10 orders")
    const targets = section.getByTestId("progress-targets")
    await targets.getByText("Power tools").waitFor()
    expect(await targets.innerText()).toContain(eur(1500))
    await browser.shot("13-plan-set")

    // Editing starts from the saved plan.
    await section.getByRole("button", { name: "Edit plan" }).click()
    const edit = page.getByRole("dialog")
    await edit.getByRole("heading", { name: /^Edit plan/ }).waitFor()
    expect(await edit.locator("#plan-target-amount").inputValue()).toBe("8000")
    expect(await edit.locator("#plan-order-count").inputValue()).toBe("10")
    await edit.getByTestId("plan-target-row").getByText("Power tools").waitFor()
    expect(await edit.locator("#plan-target-0-value").inputValue()).toBe("1500")
    await edit.getByRole("button", { name: "Cancel" }).click()
    await edit.waitFor({ state: "detached" })
  })

  it("ranks the planned dealers most behind first on Plans & deviations, filters by role and exports CSV", async () => {
    await openPluginPage("Plans & deviations")
    await page.waitForURL(/\/app\/dealer-network\/progress$/)
    await page.getByRole("heading", { name: "Plans & deviations" }).waitFor()
    await tableLink("DLR-BERLIN").waitFor()
    const codes = await rankedCodes()
    expect([...codes].sort()).toEqual(["DLR-BERLIN", "DLR-MUNICH", "SUB-POTSDAM"])
    if (WORKING_DAYS.elapsed > 0) {
      // Munich and Potsdam have sold nothing (−100%); Berlin has sold a little.
      expect(codes).toEqual(["DLR-MUNICH", "SUB-POTSDAM", "DLR-BERLIN"])
    }
    const berlin = await tableRow("DLR-BERLIN").innerText()
    expect(berlin).toContain("Berlin Tools")
    expect(berlin).toContain(eur(20000))
    expect(berlin).toContain(eur(300))
    expect(berlin).toContain(eur(berlinDeviation, true))
    expect(await tableRow("DLR-MUNICH").innerText()).toContain(eur(8000))
    await browser.shot("14-plans-and-deviations")

    await page.getByTestId("progress-role-filter").click()
    await page.getByRole("option", { name: "Sub-dealer" }).click()
    await tableLink("DLR-BERLIN").waitFor({ state: "detached" })
    expect(await rankedCodes()).toEqual(["SUB-POTSDAM"])
    await page.getByTestId("progress-role-filter").click()
    await page.getByRole("option", { name: "All roles" }).click()
    await tableLink("DLR-BERLIN").waitFor()

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`dealer-plans-${PERIOD}.csv`)
    const file = path.join(ARTIFACTS, download.suggestedFilename())
    await download.saveAs(file)
    const csv = fs.readFileSync(file, "utf8")
    expect(csv.split("\n")[0]).toMatch(/^dealer_code,dealer_name,period/)
    expect(csv).toContain(`DLR-BERLIN,Berlin Tools,${PERIOD}`)
    expect(csv).toContain(`DLR-MUNICH,Munich Machines,${PERIOD}`)
  })

  it("imports plans from CSV after a dry run that lists every bad line", async () => {
    await page.getByRole("button", { name: "Import CSV" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Import plans" }).waitFor()
    const good = [
      "dealer_code,period,target_amount,target_order_count",
      `DIST-NORTH,${PERIOD},50000,100`,
      `DLR-HAMBURG,${PERIOD},7000,`,
    ]
    await drawer
      .locator("#import-csv")
      .fill([...good, `NOPE-404,${PERIOD},1000,`, `DLR-ACME,2026-13,-5,`].join("\n"))
    await drawer.getByRole("button", { name: "Check file" }).click()
    const errors = drawer.getByTestId("import-errors")
    await errors.waitFor()
    const lines = await errors.locator("tbody tr td:first-child").allInnerTexts()
    expect(new Set(lines.map((l) => l.trim()))).toEqual(new Set(["4", "5"]))
    expect(await errors.innerText()).toMatch(/NOPE-404/)
    expect(await drawer.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true)
    await browser.shot("15-import-dry-run-errors")

    await drawer.locator("#import-csv").fill(good.join("\n"))
    await drawer.getByRole("button", { name: "Check file" }).click()
    await drawer.getByTestId("import-report").getByText(/2 plans to create/).waitFor()
    await browser.shot("16-import-dry-run-ok")
    await drawer.getByRole("button", { name: "Import", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await tableLink("DIST-NORTH").waitFor()
    await tableLink("DLR-HAMBURG").waitFor()
    expect(await tableRow("DIST-NORTH").innerText()).toContain(eur(50000))
    await browser.shot("17-plans-imported")

    // Each row links to its dealer.
    await tableLink("DLR-BERLIN").click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${seeded["DLR-BERLIN"]}$`))
    await progress().getByTestId("progress-plan").getByText(eur(20000)).waitFor()
  })

  it("shows the network at a glance on the overview, the plugin's one sidebar entry", async () => {
    await sidebarLink("Dealer network").click()
    await page.waitForURL(/\/app\/dealer-network$/)
    await page.getByRole("heading", { name: "Dealer network", exact: true }).waitFor()
    // Its pages are nested under it.
    for (const item of ["Dealers", "Applications", "Plans & deviations", "Rewards", "Receivables"]) {
      await sidebarLink(item).waitFor()
    }

    // Plans: DIST-NORTH 50,000, DLR-BERLIN 20,000, DLR-MUNICH 8,000, DLR-HAMBURG 7,000, SUB-POTSDAM 3,000; Berlin sold 300.
    await page.getByTestId("overview-plan").getByText(eur(88000)).waitFor()
    expect(await page.getByTestId("overview-actual").innerText()).toContain(eur(300))
    expect(await page.getByTestId("overview-plan").innerText()).toContain("5 dealers with a plan")
    // DIST-NORTH's sub-network holds Berlin, Hamburg and Potsdam; Munich has no parent.
    const subNetworks = page.getByTestId("overview-sub-networks-chart")
    await subNetworks.locator(".recharts-bar-rectangle").first().waitFor()
    const dealerLabels = (await subNetworks.locator("svg text").allTextContents()).filter((text) => /^(DIST|DLR|SUB)-/.test(text))
    expect(dealerLabels).toEqual(["DIST-NORTH", "DLR-MUNICH"])
    await page.getByTestId("overview-month-curve").locator(".recharts-area-area").waitFor()
    if (WORKING_DAYS.elapsed > 0) {
      // Munich has sold nothing of what its plan expects by today.
      const munich = page.getByTestId("overview-behind").locator("tr", { hasText: "DLR-MUNICH" })
      expect(await munich.innerText()).toContain("-100%")
    }
    await browser.shot("17b-network-overview")
  })

  it("shows a customer's dealer membership, or that there is none", async () => {
    await page.goto(`${app.baseUrl}/app/customers/${seeded["walker@berlin-tools.test"]}`)
    const widget = page.getByTestId("customer-dealer-widget")
    await widget.getByRole("heading", { name: "Dealer membership" }).waitFor()
    await widget.getByRole("link", { name: "DLR-BERLIN · Berlin Tools" }).waitFor()
    // The first block made Wes an owner through the UI.
    expect(await widget.getByTestId("customer-member-role").innerText()).toBe("Owner")
    await browser.shot("18-customer-dealer-membership")

    // Bea was removed from DLR-BERLIN in the first block.
    await page.goto(`${app.baseUrl}/app/customers/${seeded["buyer@berlin-tools.test"]}`)
    await page.getByTestId("customer-dealer-widget").getByText("Not a member of any dealer.").waitFor()
    await browser.shot("19-customer-no-dealer")

    await page.getByTestId("customer-dealer-widget").waitFor()
    await page.goto(`${app.baseUrl}/app/customers/${seeded["walker@berlin-tools.test"]}`)
    await page.getByTestId("customer-dealer-widget").getByRole("link", { name: "DLR-BERLIN · Berlin Tools" }).click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${seeded["DLR-BERLIN"]}$`))
  })

  it("shows the order's dealer of record and its plan credit", async () => {
    await page.goto(`${app.baseUrl}/app/orders/${seeded.order}`)
    const widget = page.getByTestId("order-dealer-widget")
    await widget.getByRole("heading", { name: "Dealer credit" }).waitFor()
    await widget.getByTestId("order-dealer").getByRole("link", { name: "DLR-BERLIN · Berlin Tools" }).waitFor()
    const entries = widget.getByTestId("order-contributions")
    await entries.getByText("Sale").waitFor()
    expect(await entries.innerText()).toContain(eur(300, true))
    expect(await entries.innerText()).toContain("DLR-BERLIN")
    await browser.shot("20-order-dealer-credit")
  })

  it("raised no errors in the page", () => {
    expect(browser.pageErrors).toEqual([])
  })
})

describe("Receivables, dealer prices and the B2B sales channel", () => {
  /**
   * DLR-VIENNA under an agreement (30 days to pay, credit limit 5,000, minimum
   * order 100, its zone's assortment only, the wrench agreed at 100 instead of
   * 120) and two orders its member placed through the store API:
   * - 2 wrenches + 25 shipping = 225, backdated 45 days: due 15 days ago, unpaid;
   * - 1 wrench + 25 shipping = 125, placed today, 25 of it paid.
   * Seeded here, after the blocks above, so their plans and rankings stay as they expect.
   */
  const vienna = {
    id: "",
    channelId: "",
    overdue: { id: "", display_id: 0 },
    current: { id: "", display_id: 0 },
  }
  const receivables = () => page.getByTestId("dealer-receivables-section")
  const reportRows = () => page.locator("table tbody tr")
  const reportCodes = async () =>
    (await reportRows().locator("td:first-child a").allInnerTexts()).map((text) => text.trim())

  beforeAll(async () => {
    // A B2B sales channel with its publishable key, a region that takes payments, a warehouse shipping there.
    const { sales_channel } = await app.api("POST", "/admin/sales-channels", { name: "B2B Wholesale" }, admin)
    vienna.channelId = sales_channel.id
    const { api_key } = await app.api("POST", "/admin/api-keys", { title: "B2B storefront", type: "publishable" }, admin)
    await app.api("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] }, admin)
    const { region } = await app.api(
      "POST",
      "/admin/regions",
      { name: "Austria", currency_code: "eur", countries: ["at"], payment_providers: ["pp_system_default"] },
      admin
    )
    await app.api("POST", "/admin/tax-regions", { country_code: "at", provider_id: "tp_system" }, admin)
    const { stock_location } = await app.api(
      "POST",
      "/admin/stock-locations",
      { name: "Vienna warehouse", address: { address_1: "Lagerstraße 1", city: "Wien", country_code: "AT" } },
      admin
    )
    await app.api("POST", `/admin/stock-locations/${stock_location.id}/fulfillment-providers`, { add: ["manual_manual"] }, admin)
    await app.api("POST", `/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [sales_channel.id] }, admin)
    const { stock_location: located } = await app.api(
      "POST",
      `/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`,
      { name: "Vienna shipping", type: "shipping" },
      admin
    )
    const { fulfillment_set } = await app.api(
      "POST",
      `/admin/fulfillment-sets/${located.fulfillment_sets[0].id}/service-zones?fields=*service_zones`,
      { name: "Austria", geo_zones: [{ type: "country", country_code: "at" }] },
      admin
    )
    const { shipping_profiles } = await app.api("GET", "/admin/shipping-profiles?type=default", undefined, admin)
    const shippingProfileId =
      shipping_profiles[0]?.id ??
      (await app.api("POST", "/admin/shipping-profiles", { name: "Default", type: "default" }, admin)).shipping_profile.id
    await app.api(
      "POST",
      "/admin/shipping-options",
      {
        name: "Pallet delivery",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillment_set.service_zones[0].id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Pallet", description: "Next-day pallet delivery", code: "pallet" },
        prices: [{ currency_code: "eur", amount: 25 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
      admin
    )
    const { product_categories } = await app.api("GET", "/admin/product-categories?handle=power-tools", undefined, admin)
    const powerTools = product_categories[0].id
    const { product } = await app.api(
      "POST",
      "/admin/products",
      {
        title: "Impact wrench W9",
        handle: "impact-wrench-w9",
        status: "published",
        shipping_profile_id: shippingProfileId,
        categories: [{ id: powerTools }],
        options: [{ title: "Pack", values: ["Single"] }],
        variants: [
          {
            title: "Single",
            sku: "IMPACT-WRENCH-W9",
            options: { Pack: "Single" },
            manage_inventory: false,
            prices: [{ amount: 120, currency_code: "eur" }],
          },
        ],
        sales_channels: [{ id: sales_channel.id }],
      },
      admin
    )
    const wrench = product.variants[0].id

    // DLR-VIENNA: a power-tools zone in Austria and an agreement in force with the wholesale terms.
    const { dealer } = await app.api(
      "POST",
      "/admin/dealers",
      { code: "DLR-VIENNA", name: "Vienna Werkzeug", role: "dealer", city: "Wien", country_code: "at" },
      admin
    )
    vienna.id = seeded[dealer.code] = dealer.id
    const since = new Date(Date.now() - 365 * 86_400_000).toISOString()
    const { territory } = await app.api(
      "POST",
      "/admin/dealer-territories",
      { code: "AT", name: "Austria", type: "country", country_code: "at" },
      admin
    )
    await app.api(
      "POST",
      "/admin/dealer-zones",
      { dealer_id: dealer.id, territory_id: territory.id, starts_at: since, product_category_ids: [powerTools] },
      admin
    )
    const { agreement } = await app.api(
      "POST",
      `/admin/dealers/${dealer.id}/agreements`,
      {
        number: "AGR-VIENNA-1",
        valid_from: since,
        payout_form: "cash",
        payment_terms_days: 30,
        credit_limit: 5000,
        min_order_amount: 100,
        restrict_to_assortment: true,
        price_terms: [{ variant_id: wrench, amount: 100 }],
      },
      admin
    )
    await app.api("POST", `/admin/dealer-agreements/${agreement.id}/activate`, {}, admin)

    // Its member registers in the storefront and checks out twice.
    const pk = { "x-publishable-api-key": api_key.token }
    const shopper = { email: "buyer@vienna-werkzeug.test", password: "buyer-password" }
    const registration = await app.api("POST", "/auth/customer/emailpass/register", shopper)
    const { customer } = await app.api(
      "POST",
      "/store/customers",
      { email: shopper.email, first_name: "Vera", last_name: "Vogel" },
      { ...pk, authorization: `Bearer ${registration.token}` }
    )
    await app.api("POST", `/admin/dealers/${dealer.id}/members`, { customer_id: customer.id, role: "buyer" }, admin)
    const login = await app.api("POST", "/auth/customer/emailpass", shopper)
    const buyer = { headers: { ...pk, authorization: `Bearer ${login.token}` } }
    const storeApi = {
      post: async (url: string, body?: unknown, config?: any) => ({ data: await app.api("POST", url, body ?? {}, config?.headers) }),
      get: async (url: string, config?: any) => ({ data: await app.api("GET", url, undefined, config?.headers) }),
    }
    const store: WholesaleStore = {
      publishableKey: api_key.token,
      salesChannelId: sales_channel.id,
      regionId: region.id,
      returnShippingOptionId: "",
      categories: { "Power tools": powerTools },
      variants: { "impact-wrench-w9": wrench },
      products: { "impact-wrench-w9": product.id },
    }
    const viennaAddress = { country_code: "at", postal_code: "1010", city: "Wien" }
    const placed = async (quantity: number) => {
      const order = await checkout(storeApi, store, buyer, [{ variant_id: wrench, quantity }], viennaAddress)
      // The order.placed subscriber links the order to the dealer: that makes it a receivable.
      await waitFor(
        () => app.api("GET", `/admin/orders/${order.id}/dealer`, undefined, admin),
        (res) => res.dealer?.id === dealer.id,
        { timeoutMs: 30_000, intervalMs: 250 }
      )
      return order
    }
    const overdue = await placed(2)
    const current = await placed(1)
    vienna.overdue = { id: overdue.id, display_id: overdue.display_id }
    vienna.current = { id: current.id, display_id: current.display_id }
    expect([overdue.total, current.total]).toEqual([225, 125])

    // 25 of the recent order is paid.
    const { order: withPayments } = await app.api(
      "GET",
      `/admin/orders/${current.id}?fields=id,*payment_collections.payments`,
      undefined,
      admin
    )
    await app.api("POST", `/admin/payments/${withPayments.payment_collections[0].payments[0].id}/capture`, { amount: 25 }, admin)
    // The first order was placed 45 days ago: with 30 days to pay it has been due for 15.
    await app.dbQuery(`update "order" set created_at = now() - interval '45 days' where id = $1`, [overdue.id])

    const { receivables: owed } = await waitFor(
      () => app.api("GET", `/admin/dealers/${dealer.id}/receivables`, undefined, admin),
      (res) => res.receivables.orders.length === 2 && res.receivables.balances[0]?.outstanding === "325.00"
    )
    expect(owed.orders.map((o: any) => [o.display_id, o.outstanding, o.overdue_days])).toEqual([
      [overdue.display_id, "225.00", 15],
      [current.display_id, "100.00", 0],
    ])
  })

  it("sets the B2B sales channel on the Dealer receivables page", async () => {
    await openPluginPage("Receivables")
    await page.waitForURL(/\/app\/dealer-network\/receivables$/)
    await page.getByRole("heading", { name: "Dealer receivables" }).waitFor()
    const setting = page.getByTestId("b2b-channel-setting")
    await setting.locator("#b2b-sales-channel").getByText("None: open to everyone").waitFor()
    await setting.locator("#b2b-sales-channel").click()
    await page.getByRole("option", { name: "B2B Wholesale" }).click()
    await page.getByText(/B2B sales channel set to B2B Wholesale/).waitFor()
    await setting.locator("#b2b-sales-channel").getByText("B2B Wholesale").waitFor()
    const { settings } = await app.api("GET", "/admin/dealer-settings", undefined, admin)
    expect(settings.b2b_sales_channel_id).toBe(vienna.channelId)
  })

  it("lists what dealers owe, most overdue first, and narrows to the overdue ones", async () => {
    await tableLink("DLR-VIENNA").waitFor()
    const subtitle = await page.getByTestId("receivables-subtitle").innerText()
    expect(subtitle).toContain("most overdue first")
    const codes = await reportCodes()
    expect(codes[0]).toBe("DLR-VIENNA")
    const row = tableRow("DLR-VIENNA")
    const text = await row.innerText()
    expect(text).toContain("Vienna Werkzeug")
    expect(await row.getByTestId("receivable-outstanding").innerText()).toBe(eur(325))
    expect(await row.getByTestId("receivable-overdue").innerText()).toBe(eur(225))
    expect(text).toContain(eur(100)) // current
    expect(await row.getByTestId("overdue-days").innerText()).toBe("15 days")
    // DLR-BERLIN's converted draft order (300, due on placing under its agreement) is owed, not late.
    expect(codes).toContain("DLR-BERLIN")
    expect(await tableRow("DLR-BERLIN").getByTestId("receivable-outstanding").innerText()).toBe(eur(300))
    expect(await tableRow("DLR-BERLIN").getByTestId("receivable-overdue").innerText()).toBe(eur(0))
    await browser.shot("21-dealer-receivables")

    await page.getByRole("switch", { name: "Overdue only" }).click()
    await tableLink("DLR-BERLIN").waitFor({ state: "detached" })
    expect(await reportCodes()).toEqual(["DLR-VIENNA"])
    await browser.shot("22-dealer-receivables-overdue-only")
    await page.getByRole("switch", { name: "Overdue only" }).click()
    await tableLink("DLR-BERLIN").waitFor()
  })

  it("shows DLR-VIENNA's credit, ageing and unpaid orders on its page", async () => {
    await tableRow("DLR-VIENNA").locator("td").nth(1).click()
    await page.waitForURL(new RegExp(`/app/dealer-network/dealers/${vienna.id}$`))
    const section = receivables()
    await section.getByRole("heading", { name: "Receivables" }).waitFor()
    await section.getByTestId("receivables-outstanding").getByText(eur(325)).waitFor()
    expect(await section.getByTestId("receivables-terms").innerText()).toContain(
      "AGR-VIENNA-1: payment within 30 days"
    )
    expect(await section.getByTestId("receivables-credit-limit").innerText()).toContain(eur(5000))
    expect(await section.getByTestId("receivables-outstanding").innerText()).toContain("2 unpaid orders")
    const overdue = await section.getByTestId("receivables-overdue").innerText()
    expect(overdue).toContain(eur(225))
    expect(overdue).toContain("Up to 15 days late")
    const available = await section.getByTestId("receivables-available").innerText()
    expect(available).toContain(eur(4675))
    expect(available).toContain("93.5% of the limit")
    expect(await section.getByTestId("receivables-overdue-badge").innerText()).toBe("15 days overdue")
    expect(await section.getByTestId("ageing-current").innerText()).toContain(eur(100))
    expect(await section.getByTestId("ageing-overdue_1_30").innerText()).toContain(eur(225))
    expect(await section.getByTestId("ageing-overdue_31_60").innerText()).toContain(eur(0))
    expect(await section.getByTestId("ageing-overdue_over_60").innerText()).toContain(eur(0))

    const orders = section.getByTestId("receivables-orders")
    const late = orders.locator(`tr[data-order-id="${vienna.overdue.id}"]`)
    const recent = orders.locator(`tr[data-order-id="${vienna.current.id}"]`)
    const lateLink = late.getByRole("link", { name: `#${vienna.overdue.display_id}` })
    expect(await lateLink.getAttribute("href")).toBe(`/app/orders/${vienna.overdue.id}`)
    // Total, paid, outstanding.
    expect((await late.innerText()).replace(/\s+/g, " ")).toContain(`${eur(225)} ${eur(0)} ${eur(225)}`)
    expect((await recent.innerText()).replace(/\s+/g, " ")).toContain(`${eur(125)} ${eur(25)} ${eur(100)}`)
    await recent.getByRole("link", { name: `#${vienna.current.display_id}` }).waitFor()
    expect(await recent.getByTestId("overdue-days").innerText()).toBe("Not due")
    // Fifteen days late, in a red badge.
    const badge = late.getByTestId("overdue-days")
    expect(await badge.innerText()).toBe("15 days")
    const color = await badge.evaluate((el) => getComputedStyle(el).color)
    const [r, g, b] = color.match(/\d+/g)!.map(Number)
    expect(r).toBeGreaterThan(g + 60)
    expect(r).toBeGreaterThan(b + 60)
    await browser.shot("23-dealer-receivables-section")
    await browser.shotOf(section, "23b-dealer-receivables-section")

    // The order number opens the order, whose widget names the dealer.
    await lateLink.click()
    await page.waitForURL(new RegExp(`/app/orders/${vienna.overdue.id}$`))
    await page
      .getByTestId("order-dealer-widget")
      .getByRole("link", { name: "DLR-VIENNA · Vienna Werkzeug" })
      .waitFor()
  })

  it("shows the agreement's wholesale terms and rebuilds the dealer's prices", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${vienna.id}`)
    const section = page.getByTestId("dealer-agreements-section")
    const terms = section.locator('tr[data-agreement-terms="AGR-VIENNA-1"]').getByTestId("agreement-terms")
    await terms.waitFor()
    const text = (await terms.innerText()).replace(/\s+/g, " ")
    expect(text).toContain("Payment 30 days")
    expect(text).toContain(`Credit limit ${eur(5000)}`)
    expect(text).toContain(`Minimum order ${eur(100)}`)
    expect(text).toContain("Prices 1 agreed price")
    expect(text).toContain("Assortment Zone categories only")

    // Activation made the dealer's price list.
    const { dealer } = await app.api("GET", `/admin/dealers/${vienna.id}?fields=id,price_list_id`, undefined, admin)
    expect(dealer.price_list_id).toBeTruthy()
    const priceList = section.getByTestId("dealer-price-list")
    const link = priceList.getByRole("link", { name: "Dealer prices DLR-VIENNA" })
    await link.waitFor()
    expect(await link.getAttribute("href")).toBe(`/app/price-lists/${dealer.price_list_id}`)
    await priceList.getByText("Active", { exact: true }).waitFor()

    await section.getByRole("button", { name: "Agreement actions" }).click()
    await page.getByRole("menuitem", { name: "Rebuild dealer prices" }).click()
    await page.getByText("Dealer prices rebuilt: 1 price on an active price list.").waitFor()
    await browser.shot("24-dealer-prices-rebuilt")
    await browser.shotOf(section, "24b-dealer-agreements-section")
  })

  it("raised no errors in the page", () => {
    expect(browser.pageErrors).toEqual([])
  })
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
    const file = path.join(ARTIFACTS, download.suggestedFilename())
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
