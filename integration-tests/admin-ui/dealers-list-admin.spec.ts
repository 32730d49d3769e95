/**
 * The dealer list, the dealer form, a dealer's page and the applications, in a real browser.
 * Screenshots land in test-artifacts/admin-ui-dealers-list/ (helpers/admin-ui-suite.ts: the shared harness).
 */
import {
  useAdminUiSuite,
  seedDealerNetwork,
} from "../helpers/admin-ui-suite"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

const suite = useAdminUiSuite("admin-ui-dealers-list", seedDealerNetwork)
const { tableLink, tableRow, openPluginPage } = suite

describe("Dealer network admin", () => {
  it("opens the Dealers page from the sidebar, with the seeded network", async () => {
    await openPluginPage("Dealers")
    await suite.page.waitForURL(/\/app\/dealer-network\/dealers$/)
    await suite.page.getByRole("heading", { name: "Dealers", exact: true }).waitFor()
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
    await suite.browser.shot("01-dealer-list")
  })

  it("narrows the table by search and by role", async () => {
    await suite.page.getByPlaceholder("Search dealers").fill("munich")
    await tableLink("DIST-NORTH").waitFor({ state: "detached" })
    await tableLink("DLR-MUNICH").waitFor()
    expect(await suite.page.locator("table tbody tr").count()).toBe(1)
    await suite.browser.shot("02-search-munich")

    await suite.page.getByPlaceholder("Search dealers").fill("")
    await tableLink("DIST-NORTH").waitFor()

    await suite.page.getByTestId("role-filter").click()
    await suite.page.getByRole("option", { name: "Sub-dealer" }).click()
    await tableLink("DLR-BERLIN").waitFor({ state: "detached" })
    await tableLink("SUB-POTSDAM").waitFor()
    expect(await suite.page.locator("table tbody tr").count()).toBe(1)
    await suite.page.getByTestId("role-filter").click()
    await suite.page.getByRole("option", { name: "All roles" }).click()
    await tableLink("DLR-BERLIN").waitFor()
  })

  it("creates a dealer through the form, showing the API's error first", async () => {
    await suite.page.getByRole("button", { name: "Create dealer" }).click()
    const drawer = suite.page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Create dealer" }).waitFor()
    await drawer.locator("#dealer-code").fill("DLR-BERLIN")
    await drawer.locator("#dealer-name").fill("Hamburg Harbour Supply")
    await drawer.locator("#dealer-parent").click()
    await suite.page.getByRole("option", { name: /DIST-NORTH/ }).click()
    await drawer.locator("#dealer-tax-id").fill("DE300000003")
    await drawer.locator("#dealer-email").fill("sales@harbour-supply.test")
    await drawer.locator("#dealer-city").fill("Hamburg")
    await drawer.locator("#dealer-country").fill("de")
    await drawer.getByRole("button", { name: "Save" }).click()

    // The code is taken: the drawer stays open with the API's message.
    const error = drawer.getByTestId("create-dealer-error")
    await error.waitFor()
    expect(await error.innerText()).toMatch(/already has code DLR-BERLIN/)
    await suite.browser.shot("03-create-dealer-error")

    await drawer.locator("#dealer-code").fill("DLR-HAMBURG")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })
    await tableLink("DLR-HAMBURG").waitFor()
    const row = await tableRow("DLR-HAMBURG").innerText()
    expect(row).toContain("Hamburg Harbour Supply")
    expect(row).toContain("DIST-NORTH")
    await suite.browser.shot("04-dealer-created")
  })

  it("shows a dealer's header, members, agreements, zones and sub-network", async () => {
    await tableLink("DLR-BERLIN").click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/dealers/${suite.seeded["DLR-BERLIN"]}$`))
    await suite.page.getByRole("heading", { name: "DLR-BERLIN · Berlin Tools" }).waitFor()

    const tree = suite.page.getByTestId("dealer-tree")
    await tree.locator('[data-dealer-code="SUB-POTSDAM"]').waitFor()
    await suite.page.getByTestId("dealer-ancestors").getByRole("link", { name: "DIST-NORTH" }).waitFor()
    await suite.page.getByTestId("dealer-members-section").getByText("buyer@berlin-tools.test").waitFor()
    expect(await suite.page.getByTestId("dealer-members-section").innerText()).toContain("Manager")
    await suite.page.getByTestId("dealer-agreements-section").getByText("AGR-BERLIN-1").waitFor()
    await suite.page.getByTestId("dealer-zones-section").locator("tbody").getByText("Exclusive").waitFor()
    expect(await suite.page.getByTestId("dealer-zones-section").innerText()).toContain("Germany")
    await suite.browser.shot("05-dealer-detail")

    // Add a member by searching customers, then remove the seeded one.
    const members = suite.page.getByTestId("dealer-members-section")
    await members.getByRole("button", { name: "Add member" }).click()
    const drawer = suite.page.getByRole("dialog")
    await drawer.locator("#member-role").click()
    await suite.page.getByRole("option", { name: "Owner" }).click()
    await drawer.locator("#member-search").fill("walker")
    const result = drawer.locator("div", { hasText: "walker@berlin-tools.test" }).getByRole("button", { name: "Add", exact: true })
    await result.waitFor()
    await suite.browser.shot("06-add-member")
    await result.click()
    await drawer.waitFor({ state: "detached" })
    const walkerRow = members.locator("tbody tr", { hasText: "walker@berlin-tools.test" })
    await walkerRow.waitFor()
    expect(await walkerRow.innerText()).toContain("Owner")

    await members.getByRole("button", { name: "Remove buyer@berlin-tools.test" }).click()
    await suite.page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click()
    await members.getByText("buyer@berlin-tools.test").waitFor({ state: "detached" })

    // Activating the draft agreement puts it in force and makes the dealer active.
    await suite.page.getByTestId("dealer-agreements-section").getByRole("button", { name: "Activate" }).click()
    await suite.page.getByRole("alertdialog").getByRole("button", { name: "Activate" }).click()
    await suite.page.getByTestId("dealer-agreements-section").getByText("In force").waitFor()
    await suite.page.getByTestId("dealer-general-section").getByText("Active", { exact: true }).waitFor()
    await suite.page.getByTestId("dealer-tree").locator('[data-dealer-code="DLR-BERLIN"]').first().getByText("Active", { exact: true }).first().waitFor()
    await suite.browser.shot("07-agreement-activated")

    // The tree links to the sub-dealer, whose upline runs back to the distributor.
    await tree.getByRole("link", { name: "SUB-POTSDAM" }).click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/dealers/${suite.seeded["SUB-POTSDAM"]}$`))
    await suite.page.getByRole("heading", { name: "SUB-POTSDAM · Potsdam Workshop" }).waitFor()
    const upline = suite.page.getByTestId("dealer-ancestors")
    await upline.getByRole("link", { name: "DLR-BERLIN" }).waitFor()
    expect((await upline.innerText()).replace(/\s+/g, " ")).toMatch(/DIST-NORTH.*DLR-BERLIN.*SUB-POTSDAM/)
    await suite.browser.shot("08-sub-dealer-detail")
  })

  it("approves a pending application with a dealer code", async () => {
    await openPluginPage("Applications")
    await suite.page.waitForURL(/\/app\/dealer-network\/applications$/)
    const row = suite.page.locator("tr", { hasText: "Acme Retail" })
    await row.waitFor()
    await suite.browser.shot("09-applications")

    await row.getByRole("button", { name: "Approve" }).click()
    const drawer = suite.page.getByRole("dialog")
    await drawer.locator("#approve-code").fill("DLR-ACME")
    await drawer.getByRole("button", { name: "Approve" }).click()
    await drawer.waitFor({ state: "detached" })
    await row.waitFor({ state: "detached" })

    await openPluginPage("Dealers")
    await tableLink("DLR-ACME").waitFor()
    expect(await tableRow("DLR-ACME").innerText()).toContain("Acme Retail")
  })

  it("raised no errors in the page", () => {
    expect(suite.browser.pageErrors).toEqual([])
  })
})
