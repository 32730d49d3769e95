/**
 * The dealer list, the dealer form, a dealer's page and the applications, in a real browser.
 * Screenshots land in test-artifacts/admin-ui-dealers-list/ (helpers/admin-ui-suite.ts: the shared harness).
 */
import { Page } from "playwright-core"
import { AdminApp, AdminBrowser, openPluginPage as openPluginPageOf } from "../helpers/browser"
import {
  AdminUiSuite,
  startAdminUiSuite,
  stopAdminUiSuite,
  seedDealerNetwork,
  tableLink as tableLinkOf,
  tableRow as tableRowOf,
} from "../helpers/admin-ui-suite"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

let suite: AdminUiSuite
let app: AdminApp
let browser: AdminBrowser
let page: Page
let admin: Record<string, string> = {}
let seeded: Record<string, string> = {}
const tableLink = (code: string) => tableLinkOf(page, code)
const tableRow = (code: string) => tableRowOf(page, code)
const openPluginPage = (item: string) => openPluginPageOf(page, item)

beforeAll(async () => {
  suite = await startAdminUiSuite("admin-ui-dealers-list")
  ;({ app, browser, page, admin, seeded } = suite)
  await seedDealerNetwork(suite)
  // Booting the app, compiling the admin and logging in take minutes on a busy machine.
}, 1_800_000)

afterAll(async () => {
  await stopAdminUiSuite(suite)
})

describe("Dealer network admin", () => {
  it("opens the Dealers page from the sidebar, with the seeded network", async () => {
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
