/**
 * Network editing in a real browser: edit a dealer and pin its tier, suspend
 * it (the effects stated) and reactivate it; build a territory tree, test an
 * address, see a refused delete and move a city; edit a tier and run the
 * review; see the zones' overlap warning the move caused; the territories
 * page in Russian. Screenshots land in test-artifacts/admin-ui-network/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, fillDate, launchBrowser, logIn, openPluginPage, startAdminApp, waitUntil } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-network")

let app: AdminApp
let browser: AdminBrowser
let page: Page
let admin: Record<string, string>
const ids: Record<string, string> = {}

const api = (method: string, url: string, body?: unknown) => app.api(method, url, body, admin)

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_network_${process.pid}`, logDir: ARTIFACTS })
  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  admin = { authorization: `Bearer ${token}` }

  const territory = async (body: Record<string, unknown>) => (await api("POST", "/admin/dealer-territories", body)).territory.id
  ids.PL = await territory({ code: "PL", name: "Poland", type: "country", country_code: "pl" })
  ids.MZ = await territory({ code: "PL-MZ", name: "Mazowieckie", type: "region", parent_id: ids.PL })
  ids.MA = await territory({ code: "PL-MA", name: "Małopolskie", type: "region", parent_id: ids.PL })
  ids.KRK = await territory({ code: "PL-MA-KRK", name: "Kraków", type: "city", parent_id: ids.MA, postal_prefixes: ["30", "31"] })

  const dealer = async (code: string, name: string, fields: Record<string, unknown>) => {
    ids[code] = (await api("POST", "/admin/dealers", { code, name, ...fields })).dealer.id
    await api("POST", `/admin/dealers/${ids[code]}`, { status: "active" })
  }
  await dealer("VISTULA", "Vistula Distribution", { role: "distributor", city: "Warszawa", country_code: "pl", currency_code: "pln" })
  await dealer("KRAKTOOL", "Krak Tool", { role: "dealer", city: "Kraków", country_code: "pl", currency_code: "pln" })
  await dealer("MAZOPRO", "Mazo Pro", { role: "dealer", parent_id: ids.VISTULA, currency_code: "pln" })

  for (const [name, rank, min_turnover] of [["Bronze", 1, 0], ["Silver", 2, 100000], ["Gold", 3, 400000]] as const) {
    await api("POST", "/admin/dealer-tiers", { name, rank, min_turnover, window_months: 12, discount_percent: rank })
  }
  await api("POST", "/admin/dealer-zones", { dealer_id: ids.KRAKTOOL, territory_id: ids.KRK, is_exclusive: true, starts_at: "2026-01-01" })
  await api("POST", "/admin/dealer-zones", { dealer_id: ids.MAZOPRO, territory_id: ids.MZ, starts_at: "2026-01-01", ends_at: "2027-12-31" })
})

/** Saves a drawer's form and waits for it to close; a refusal or a check that failed is the error's message. */
async function saveDrawer(drawer: ReturnType<Page["getByRole"]>, submitTestId: string) {
  await drawer.getByTestId(submitTestId).click()
  await drawer.waitFor({ state: "hidden", timeout: 30_000 }).catch(async () => {
    throw new Error(`The drawer stayed open: ${await drawer.innerText()}`)
  })
}

let shots = 0
afterEach(async () => {
  await browser.shot(`after-test-${++shots}`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Network editing admin", () => {
  it("edits a dealer, places it under a distributor, pins its tier, and suspends and reactivates it with the effects stated", async () => {
    await logIn(page, app.baseUrl)
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${ids.KRAKTOOL}`)
    const general = page.getByTestId("dealer-general-section")
    await general.getByText("KRAKTOOL · Krak Tool").waitFor()
    await browser.shot("01-dealer-page")

    await page.getByTestId("edit-dealer").click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("#dealer-name").fill("Krak Tool Sp. z o.o.")
    await drawer.locator("#dealer-phone").fill("+48 12 345 67 89")
    await drawer.locator("#dealer-address").fill("ul. Długa 12")
    await drawer.locator("#dealer-postal-code").fill("31-147")
    await drawer.locator("#dealer-legal-type").click()
    await page.getByRole("option", { name: "Company" }).click()
    await drawer.getByTestId("dealer-parent-trigger").click()
    await page.getByRole("option", { name: /VISTULA · Vistula Distribution/ }).click()
    await drawer.getByText("A dealer sits under a distributor or at the top.").waitFor()
    await drawer.getByTestId("dealer-tier-trigger").click()
    await page.getByRole("option", { name: "Gold" }).click()
    await drawer.locator("#dealer-tier-pinned").click()
    await browser.shot("02-edit-dealer-drawer")
    await drawer.getByTestId("save-dealer").click()
    await general.getByText("KRAKTOOL · Krak Tool Sp. z o.o.").waitFor()
    await general.getByText("VISTULA · Vistula Distribution").waitFor()
    await general.getByText("ul. Długa 12, 31-147 Kraków, PL").waitFor()
    expect(await general.getByTestId("dealer-tier").innerText()).toBe("Tier: Gold (pinned)")
    const saved = (await api("GET", `/admin/dealers/${ids.KRAKTOOL}`)).dealer
    expect(saved).toMatchObject({ parent_id: ids.VISTULA, phone: "+48 12 345 67 89", tier_pinned: true, legal_type: "company" })

    // A refusal of the tree rules shows at the field: the distributor has dealers below it.
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${ids.VISTULA}`)
    await page.getByTestId("edit-dealer").click()
    await drawer.locator("#dealer-role").click()
    await page.getByRole("option", { name: "Sub-dealer" }).click()
    await drawer.getByText("A sub-dealer sits under a dealer or a distributor.", { exact: false }).waitFor()
    await drawer.getByTestId("save-dealer").click()
    await drawer.getByTestId("dealer-role-error").getByText(/cannot sit under/).waitFor()
    await browser.shot("02b-edit-dealer-refused")
    await drawer.getByRole("button", { name: "Cancel" }).click()
    expect((await api("GET", `/admin/dealers/${ids.VISTULA}`)).dealer.role).toBe("distributor")

    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${ids.KRAKTOOL}`)
    await page.getByTestId("dealer-suspend").click()
    const prompt = page.getByTestId("dealer-status-prompt")
    const effects = prompt.getByTestId("dealer-status-effects")
    await effects.getByText("can no longer check out in the B2B sales channel", { exact: false }).waitFor()
    await effects.getByText("its prices are removed", { exact: false }).waitFor()
    await browser.shot("03-suspend-prompt")
    await prompt.getByTestId("dealer-status-confirm").click()
    await general.getByTestId("dealer-status").getByText("Suspended").waitFor()
    expect((await api("GET", `/admin/dealers/${ids.KRAKTOOL}`)).dealer.status).toBe("suspended")

    await page.getByTestId("dealer-reactivate").dispatchEvent("click")
    await prompt.getByText("Its dealer prices are rebuilt from the agreement in force", { exact: false }).waitFor()
    await prompt.getByTestId("dealer-status-confirm").click()
    await general.getByTestId("dealer-status").getByText("Active").waitFor()
    await browser.shot("04-dealer-reactivated")
  })

  it("builds a territory tree, tests an address, refuses deleting a territory in use, and moves a city", async () => {
    await openPluginPage(page, "Territories")
    const tree = page.getByTestId("territory-tree")
    await tree.getByTestId("territory-PL-MA-KRK").waitFor()

    await page.getByTestId("add-country").click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("#territory-name").fill("Germany")
    await drawer.locator("#territory-code").fill("DE")
    await drawer.locator("#territory-country").fill("de")
    await drawer.getByTestId("save-territory").click()
    await tree.getByTestId("territory-DE").waitFor()

    await tree.getByTestId("add-under-DE").click()
    await drawer.locator("#territory-name").fill("Bayern")
    await drawer.locator("#territory-code").fill("DE-BY")
    await drawer.locator("#territory-province").fill("BY")
    await drawer.getByTestId("save-territory").click()
    await tree.getByTestId("territory-DE-BY").waitFor()

    await tree.getByTestId("add-under-DE-BY").click()
    await drawer.locator("#territory-name").fill("München")
    await drawer.locator("#territory-code").fill("DE-BY-MUC")
    await drawer.locator("#territory-prefixes").fill("80, 81")
    await browser.shot("05-add-city-drawer")
    await drawer.getByTestId("save-territory").click()
    await tree.getByTestId("territory-DE-BY-MUC").getByText("2 postal prefixes: 80, 81", { exact: false }).waitFor()

    const tester = page.getByTestId("territory-tester")
    await tester.locator("#tester-country_code").fill("de")
    await tester.locator("#tester-province").fill("BY")
    await tester.locator("#tester-postal_code").fill("80331")
    await tester.getByTestId("tester-run").click()
    await tester.getByTestId("tester-result").getByText("In München").waitFor()
    await tester.locator("#tester-postal_code").fill("90402")
    await tester.getByTestId("tester-run").click()
    await tester.getByTestId("tester-result").getByText("In Bayern").waitFor()
    await browser.shot("06-territory-tree-and-tester")

    await tree.getByTestId("delete-DE-BY").click()
    await page.getByTestId("confirm-delete-territory").click()
    await page.getByTestId("delete-territory-error").getByText("Territory DE-BY has 1 territory(ies) below it", { exact: false }).waitFor()
    await browser.shot("07-delete-refused")
    await page.getByRole("button", { name: "Cancel" }).click()

    // Kraków moves to Mazowieckie: its exclusive zone now lies inside Mazo Pro's zone.
    await tree.getByTestId("edit-PL-MA-KRK").click()
    await drawer.getByTestId("territory-parent-trigger").click()
    await page.getByRole("option", { name: /Mazowieckie/ }).click()
    await drawer.getByTestId("save-territory").click()
    await drawer.waitFor({ state: "hidden" })
    const krakow = (await api("GET", `/admin/dealer-territories/${ids.KRK}`)).territory
    expect(krakow).toMatchObject({ parent_id: ids.MZ, depth: 2 })
  })

  it("edits a tier, runs the review and keeps the pinned dealer's tier", async () => {
    await openPluginPage(page, "Tiers")
    const silver = page.getByTestId("tier-Silver")
    await silver.waitFor()
    await page.getByTestId("edit-tier-Silver").click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("#tier-min-turnover").fill("150000")
    await drawer.locator("#tier-discount").fill("3.5")
    await drawer.locator("#tier-benefits").fill("training_seats_per_year: 3\ndemo_tool_pool: true")
    await browser.shot("08-edit-tier-drawer")
    await saveDrawer(drawer, "save-tier")
    // PostgreSQL's jsonb keeps the benefits' keys in its own order.
    await silver.getByText("demo_tool_pool: true; training_seats_per_year: 3").waitFor()
    expect(await silver.innerText()).toMatch(/150,000 over 12 months[\s\S]*3\.5 %/)
    expect((await api("GET", "/admin/dealer-tiers?q=Silver")).tiers.find((t: any) => t.name === "Silver")).toMatchObject({
      benefits: { training_seats_per_year: 3, demo_tool_pool: true },
    })

    await page.getByTestId("run-tier-review").click()
    await page.getByTestId("tier-review-result").getByText(/^Reviewed 3 dealers of [A-Z][a-z]+ \d{4}: \d+ tier changes?$/).waitFor()
    await browser.shot("09-tiers-reviewed")
    // No turnover: the unpinned dealers fall to Bronze; the pinned one keeps Gold.
    const tiers = await api("GET", "/admin/dealers?fields=code,tier.name&order=code")
    expect(tiers.dealers.map((d: any) => [d.code, d.tier?.name ?? null])).toEqual([
      ["KRAKTOOL", "Gold"],
      ["MAZOPRO", "Bronze"],
      ["VISTULA", "Bronze"],
    ])
  })

  it("lists all zones with the overlap the move caused, filters them and edits one in the zone form", async () => {
    await openPluginPage(page, "Zones")
    const alert = page.getByTestId("zone-overlaps-alert")
    await alert.getByText("2 zones overlap another dealer's zone").waitFor()
    const table = page.getByTestId("zones")
    await table.getByText("KRAKTOOL · Krak Tool Sp. z o.o.").waitFor()
    expect(await table.getByTestId("zone-overlap").allInnerTexts()).toEqual(
      expect.arrayContaining(["Overlap: MAZOPRO", "Overlap: KRAKTOOL"])
    )
    await browser.shot("10-zones-with-overlap")

    await page.getByTestId("zone-exclusive-filter").click()
    await page.getByRole("option", { name: "Exclusive only" }).click()
    expect(await waitUntil(() => table.getByText("MAZOPRO · Mazo Pro").count(), (n) => n === 0)).toBe(0)
    await table.getByText("KRAKTOOL · Krak Tool Sp. z o.o.").waitFor()
    await page.getByTestId("zone-exclusive-filter").click()
    await page.getByRole("option", { name: "Exclusive or not" }).click()

    // Ending Mazo Pro's zone before Kraków's starts clears the warning.
    await table.getByText("Mazowieckie (PL-MZ)").click()
    const drawer = page.getByRole("dialog")
    await fillDate(drawer.getByTestId("zone-starts-at"), "2025-01-01")
    await fillDate(drawer.getByTestId("zone-ends-at"), "2025-12-31")
    await browser.shot("11-zone-form")
    await saveDrawer(drawer, "save-zone")
    await alert.waitFor({ state: "detached" })
    expect(await table.getByTestId("zone-overlap").count()).toBe(0)

    // A new zone overlapping an exclusive one is refused, the other dealer named at the field.
    await page.getByTestId("create-zone").click()
    await drawer.locator("#zone-dealer").fill("MAZO")
    await drawer.getByTestId("dealer-picker-results").getByRole("button", { name: /MAZOPRO/ }).click()
    await drawer.getByTestId("zone-territory-trigger").click()
    await page.getByRole("option", { name: "Kraków (PL-MA-KRK)" }).click()
    await drawer.getByTestId("save-zone").click()
    // The refusal says which zone: its dealer, territory, assortment and dates (in the admin's format), not its id.
    await drawer.getByText(/overlaps the exclusive zone of KRAKTOOL · Krak Tool Sp\. z o\.o\. in Kraków for the whole assortment from Jan 1, 2026 with no end/).first().waitFor()
    await browser.shot("12-zone-overlap-refused")
    await drawer.getByRole("button", { name: "Cancel" }).click()
  })

  it("terminates a dealer with a date and a reason: its agreement in force ends, and the agreement's page says so", async () => {
    const { agreement } = await api("POST", `/admin/dealers/${ids.MAZOPRO}/agreements`, { valid_from: "2026-01-01T00:00:00.000Z", payout_form: "cash" })
    await api("POST", `/admin/dealer-agreements/${agreement.id}/activate`, {})
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${ids.MAZOPRO}`)
    await page.getByTestId("dealer-terminate").click()
    const prompt = page.getByTestId("dealer-status-prompt")
    await prompt.getByTestId("dealer-status-effects").getByText("Its agreements in force end on the termination date", { exact: false }).waitFor()
    // Without a reason the prompt refuses.
    await prompt.getByTestId("dealer-status-confirm").click()
    await prompt.getByText("Give the reason for the termination", { exact: false }).waitFor()
    await fillDate(prompt.getByTestId("dealer-termination-date"), "2026-11-30")
    await prompt.locator("#dealer-termination-reason").fill("Closed its Warsaw branch")
    await browser.shot("12b-terminate-prompt")
    await prompt.getByTestId("dealer-status-confirm").click()
    await page.getByTestId("dealer-general-section").getByTestId("dealer-status").getByText("Terminated").waitFor()
    const ended = (await api("GET", `/admin/dealer-agreements/${agreement.id}`)).agreement
    expect([ended.status, ended.termination_reason, ended.terminated_at]).toEqual(["terminated", "Closed its Warsaw branch", "2026-11-30T00:00:00.000Z"])

    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${ids.MAZOPRO}/agreements/${agreement.id}`)
    await page.getByText(/Terminated on .*: Closed its Warsaw branch/).first().waitFor()
    await browser.shot("12c-agreement-terminated")
  })

  it("shows the territories page in Russian", async () => {
    // The dashboard reads the language from its "lng" cookie first, then local storage.
    await page.context().addCookies([{ name: "lng", value: "ru", url: app.baseUrl }])
    await page.evaluate(() => localStorage.setItem("lng", "ru"))
    await page.goto(`${app.baseUrl}/app/dealer-network/territories`)
    await page.getByRole("heading", { name: "Территории", exact: true }).waitFor()
    await page.getByTestId("territory-tree").getByText("2 почтовых префикса: 30, 31", { exact: false }).waitFor()
    await page.getByTestId("territory-tester").getByText("В какой территории этот адрес?").waitFor()
    await browser.shot("13-territories-ru")
    expect(browser.pageErrors).toEqual([])
  })
})
