/**
 * The marketing materials screens in a real browser: the catalogue (create a
 * material in the drawer, adjust its stock), the requests queue (ship with a
 * tracking note, reject with a reason: points and stock back) and the dealer
 * page's section. Screenshots land in test-artifacts/admin-ui-materials/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, launchBrowser, logIn, openPluginPage, startAdminApp, waitUntil } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-materials")

let app: AdminApp
let browser: AdminBrowser
let page: Page
let admin: Record<string, string> = {}
const ids: Record<string, string> = {}

const row = (text: string) => page.locator("table tbody tr").filter({ hasText: text })

/** The dealer's marketing points, from its wallet. */
const points = async () => {
  const { wallet } = await app.api("GET", `/admin/dealers/${ids.dealer}/wallet`, undefined, admin)
  return wallet.balances.find((b: any) => b.kind === "marketing_points")?.balance
}
const stockOf = async (id: string) => (await app.api("GET", `/admin/dealer-materials/${id}`, undefined, admin)).material.stock

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_materials_${process.pid}`, logDir: ARTIFACTS })

  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  admin = { authorization: `Bearer ${token}` }
  const { tier: gold } = await app.api("POST", "/admin/dealer-tiers", { name: "Gold", rank: 3 }, admin)
  const { tier: silver } = await app.api("POST", "/admin/dealer-tiers", { name: "Silver", rank: 2 }, admin)
  ids.gold = gold.id
  const { dealer } = await app.api(
    "POST",
    "/admin/dealers",
    {
      code: "DLR-LEIPZIG",
      name: "Leipzig Werkzeuge",
      legal_name: "Leipzig Werkzeuge GmbH",
      tier_id: silver.id,
      address_line: "Karl-Liebknecht-Str. 40",
      postal_code: "04107",
      city: "Leipzig",
      country_code: "de",
      phone: "+49 341 555010",
    },
    admin
  )
  ids.dealer = dealer.id
  const { agreement } = await app.api("POST", `/admin/dealers/${dealer.id}/agreements`, { valid_from: new Date(Date.now() - 86_400_000).toISOString() }, admin)
  await app.api("POST", `/admin/dealer-agreements/${agreement.id}/activate`, {}, admin)
  // 2,000 marketing points, as an approved reward would put them in the wallet (no API writes a wallet entry by hand).
  await app.dbQuery(
    `insert into dealer_wallet_entry (id, dealer_id, kind, amount, raw_amount, currency_code, source_type, source_id, description)
     values ('dwent_ui_points', $1, 'marketing_points', 2000, '{"value":"2000","precision":20}', 'eur', 'accrual', 'ui_points', 'Reward for last month')`,
    [dealer.id]
  )

  const material = async (body: Record<string, unknown>) => (await app.api("POST", "/admin/dealer-materials", body, admin)).material
  ids.poster = (await material({ code: "POSTER-A1", title: "Poster A1 – FX18 cordless range", kind: "poster", points_price: 40, stock: 100 })).id
  ids.stand = (await material({ code: "DISPLAY-FLOOR", title: "Floor display stand", kind: "display", points_price: 1500, stock: 3, tier_ids: [gold.id] })).id
  ids.kit = (await material({ code: "KIT-SOCIAL", title: "Social media kit – spring", kind: "digital_kit", points_price: 30, stock: null })).id

  // The dealer's owner orders twice through the store API.
  const { api_key } = await app.api("POST", "/admin/api-keys", { title: "UI store", type: "publishable" }, admin)
  const pk = { "x-publishable-api-key": api_key.token }
  const email = "owner@leipzig-werkzeuge.test"
  const password = "ui-owner-password"
  const { token: registration } = await app.api("POST", "/auth/customer/emailpass/register", { email, password })
  const { customer } = await app.api("POST", "/store/customers", { email, first_name: "Lena", last_name: "Lorenz" }, { ...pk, authorization: `Bearer ${registration}` })
  await app.api("POST", `/admin/dealers/${dealer.id}/members`, { customer_id: customer.id, role: "owner" }, admin)
  const { token: session } = await app.api("POST", "/auth/customer/emailpass", { email, password })
  const owner = { ...pk, authorization: `Bearer ${session}` }
  const order = async (lines: [string, number][], note: string) =>
    (await app.api("POST", "/store/dealers/me/material-requests", { lines: lines.map(([material_id, quantity]) => ({ material_id, quantity })), note }, owner)).material_request
  ids.first = (await order([[ids.poster, 5], [ids.kit, 1]], "Spring open day")).id
  ids.second = (await order([[ids.poster, 2]], "Trade fair booth")).id
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Dealer materials admin", () => {
  it("opens the catalogue from the sidebar with points, stock and tiers", async () => {
    expect(await points()).toBe("1690")
    await logIn(page, app.baseUrl)
    await openPluginPage(page, "Materials")
    await page.waitForURL(/\/app\/dealer-network\/materials/)
    await page.getByRole("heading", { name: "Marketing materials" }).waitFor()
    await row("POSTER-A1").waitFor()
    expect(await row("POSTER-A1").innerText()).toMatch(/Poster\s+40\s+93\s+All dealers\s+Offered/)
    expect(await row("DISPLAY-FLOOR").innerText()).toMatch(/1,500\s+3\s+Gold/)
    expect(await row("KIT-SOCIAL").innerText()).toContain("Unlimited")
    await browser.shot("01-catalogue")
  })

  it("creates a material in the drawer, limited to a tier, with its stock", async () => {
    await page.getByTestId("material-create").click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "New material" }).waitFor()
    await drawer.locator("#material-code").fill("SAMPLE-BLADES")
    await drawer.locator("#material-title").fill("Saw blade sample set (5 pcs)")
    await drawer.getByTestId("material-kind").click()
    await page.getByRole("option", { name: "Sample" }).click()
    await drawer.locator("#material-points").fill("90")
    await drawer.locator("#material-stock").fill("25")
    await drawer.getByText("Gold", { exact: true }).click()
    await drawer.locator("#material-description").fill("Wood, metal and multi-material blades for customers to try.")
    await browser.shot("02-create-drawer")
    await drawer.getByTestId("material-submit").click()
    await drawer.waitFor({ state: "detached" })
    await row("SAMPLE-BLADES").waitFor()
    expect(await row("SAMPLE-BLADES").innerText()).toMatch(/Sample\s+90\s+25\s+Gold\s+Offered/)
    const { materials } = await app.api("GET", "/admin/dealer-materials?q=SAMPLE-BLADES", undefined, admin)
    expect(materials[0]).toMatchObject({ kind: "sample", points_price: "90", stock: 25, tier_ids: [ids.gold] })
    await browser.shot("03-created")
  })

  it("restocks a material from its actions", async () => {
    await page.getByRole("button", { name: "Actions for POSTER-A1" }).click()
    await page.getByRole("menuitem", { name: "Adjust stock" }).click()
    const prompt = page.getByRole("alertdialog")
    await prompt.getByText("93 units in stock now.").waitFor()
    await prompt.locator("#stock-units").fill("20")
    await browser.shot("04-stock-prompt")
    await prompt.getByRole("button", { name: "Save stock" }).click()
    await prompt.waitFor({ state: "detached" })
    await waitUntil(() => row("POSTER-A1").innerText(), (text) => /\b113\b/.test(text))
    expect(await stockOf(ids.poster)).toBe(113)
  })

  it("ships one request with a tracking note and rejects the other, returning its points and units", async () => {
    await page.getByTestId("materials-requests-tab").click()
    await row("2 × POSTER-A1").waitFor()
    expect(await page.locator("table tbody tr").count()).toBe(2)
    expect(await row("5 × POSTER-A1, 1 × KIT-SOCIAL").innerText()).toMatch(/DLR-LEIPZIG[\s\S]*230[\s\S]*Leipzig Werkzeuge GmbH[\s\S]*Leipzig, DE[\s\S]*Requested/)
    await browser.shot("05-requests-queue")

    await row("5 × POSTER-A1, 1 × KIT-SOCIAL").getByRole("button", { name: "Ship…" }).click()
    let prompt = page.getByRole("alertdialog")
    await prompt.locator("#ship-tracking").fill("DHL 0034 0434 1612 3456 78")
    await browser.shot("06-ship-prompt")
    await prompt.getByRole("button", { name: "Mark shipped" }).click()
    await prompt.waitFor({ state: "detached" })
    await row("5 × POSTER-A1, 1 × KIT-SOCIAL").waitFor({ state: "detached" })

    await row("2 × POSTER-A1").getByRole("button", { name: "Reject…" }).click()
    prompt = page.getByRole("alertdialog")
    await prompt.getByText("80 marketing points go back").waitFor()
    await prompt.locator("#reject-reason").fill("Posters are being reprinted; ordered again in May")
    await browser.shot("07-reject-prompt")
    await prompt.getByRole("button", { name: "Reject" }).click()
    await prompt.waitFor({ state: "detached" })
    await page.getByText("Nothing waiting to ship").waitFor()

    expect(await points()).toBe("1770")
    expect(await stockOf(ids.poster)).toBe(115)
    const { material_request: shipped } = await app.api("GET", `/admin/dealer-material-requests/${ids.first}`, undefined, admin)
    expect(shipped).toMatchObject({ status: "shipped", tracking_note: "DHL 0034 0434 1612 3456 78" })

    await page.getByTestId("requests-status-filter").click()
    await page.getByRole("option", { name: "All statuses" }).click()
    await row("2 × POSTER-A1").waitFor()
    expect(await row("2 × POSTER-A1").innerText()).toContain("Rejected")
    expect(await row("5 × POSTER-A1, 1 × KIT-SOCIAL").innerText()).toContain("Shipped")
    await browser.shot("08-requests-all")
  })

  it("shows the dealer's requests on its page", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${ids.dealer}`)
    const section = page.getByTestId("dealer-material-requests")
    await section.getByText("2 requests paid with marketing points").waitFor()
    expect(await section.innerText()).toMatch(/Shipped[\s\S]*Rejected|Rejected[\s\S]*Shipped/)
    await browser.shotOf(section, "09-dealer-section")
    expect(browser.pageErrors).toEqual([])
  })
})
