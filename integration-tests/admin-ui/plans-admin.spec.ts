/**
 * Plans, progress, Plans & deviations, the overview and the dealer widgets on customer and order pages, in a real browser.
 * Screenshots land in test-artifacts/admin-ui-plans/ (helpers/admin-ui-suite.ts: the shared harness).
 */
import fs from "fs"
import path from "path"
import {
  useAdminUiSuite,
  seedDealerNetwork,
  seedPlansAndOrder,
  eur,
  PERIOD,
  WORKING_DAYS,
} from "../helpers/admin-ui-suite"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

const suite = useAdminUiSuite("admin-ui-plans", async (suite) => {
  await seedDealerNetwork(suite)
  await seedPlansAndOrder(suite)
  // DLR-HAMBURG under DIST-NORTH: dealers-list-admin.spec.ts makes it through the form, here the API does.
  const { dealer: hamburg } = await suite.app.api(
    "POST",
    "/admin/dealers",
    { code: "DLR-HAMBURG", name: "Hamburg Harbour Supply", role: "dealer", parent_id: suite.seeded["DIST-NORTH"], city: "Hamburg", country_code: "de" },
    suite.admin
  )
  suite.seeded["DLR-HAMBURG"] = hamburg.id
})
const { tableLink, tableRow, openPluginPage, sidebarLink } = suite

describe("Plans, progress and the dealer widgets", () => {
  const progress = () => suite.page.getByTestId("dealer-progress-section")
  const rankedRows = () => suite.page.locator("table tbody tr")
  const rankedCodes = async () =>
    (await rankedRows().locator("td:first-child a").allInnerTexts()).map((text) => text.trim())
  /** Where DLR-BERLIN should be today: plan 20,000, actual 300 (the converted draft order). */
  const berlinExpected = Math.round(((20000 * WORKING_DAYS.elapsed) / WORKING_DAYS.total) * 100) / 100
  const berlinDeviation = Math.round((300 - berlinExpected) * 100) / 100

  const openDealer = async (code: string) => {
    await openPluginPage("Dealers")
    await suite.page.waitForURL(/\/app\/dealer-network\/dealers$/)
    await tableLink(code).click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/dealers/${suite.seeded[code] ?? "dlr_"}`))
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
    await suite.browser.shot("10-dealer-progress")
    await suite.browser.shotOf(section, "10b-dealer-progress-section")

    // Last month is over: no sales against a plan of 12,000 is all deviation.
    await section.getByRole("button", { name: /^Previous month/ }).click()
    await section.getByTestId("progress-plan").getByText(eur(12000)).waitFor()
    expect(await section.getByTestId("progress-pace").innerText()).toBe("Behind plan")
    const deviation = await section.getByTestId("progress-deviation").innerText()
    expect(deviation).toContain(eur(-12000, true))
    expect(deviation).toContain("-100%")
    await suite.browser.shot("11-dealer-progress-previous-month")
    await section.getByRole("button", { name: /^Next month/ }).click()
    await section.getByTestId("progress-plan").getByText(eur(20000)).waitFor()
  })

  it("sets a plan through the drawer, showing the API's error first", async () => {
    await openDealer("DLR-MUNICH")
    const section = progress()
    await section.getByTestId("progress-no-plan").waitFor()
    await section.getByRole("button", { name: "Set plan" }).click()
    const drawer = suite.page.getByRole("dialog")
    await drawer.getByRole("heading", { name: /^Set plan/ }).waitFor()
    await drawer.locator("#plan-target-amount").fill("-5")
    await drawer.getByRole("button", { name: "Save" }).click()
    const error = drawer.getByTestId("set-plan-error")
    await error.waitFor()
    expect(await error.innerText()).toMatch(/: must not be negative$/)
    expect(await drawer.getByTestId("plan-target-amount-error").innerText()).toBe("must not be negative")
    await suite.browser.shot("12-set-plan-error")

    await drawer.locator("#plan-target-amount").fill("8000")
    await drawer.locator("#plan-order-count").fill("10")
    // A focus target: 1,500 EUR of power tools, picked by searching the categories.
    await drawer.getByRole("button", { name: "Add focus target" }).click()
    const target = drawer.getByTestId("plan-target-row")
    await target.locator("#plan-target-0-type").click()
    await suite.page.getByRole("option", { name: "Category" }).click()
    await target.locator("#plan-target-0-metric").click()
    await suite.page.getByRole("option", { name: "Amount" }).click()
    await target.locator("#plan-target-0-search").fill("power")
    await target.getByRole("button", { name: /Power tools/ }).click()
    await target.getByText("Power tools").waitFor()
    await target.locator("#plan-target-0-value").fill("1500")
    await suite.browser.shotOf(drawer, "13a-set-plan-drawer")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })
    await section.getByTestId("progress-plan").getByText(eur(8000)).waitFor()
    expect(await section.getByTestId("progress-plan").innerText()).toContain("10 orders")
    const targets = section.getByTestId("progress-targets")
    await targets.getByText("Power tools").waitFor()
    expect(await targets.innerText()).toContain(eur(1500))
    await suite.browser.shot("13-plan-set")

    // Editing starts from the saved plan.
    await section.getByRole("button", { name: "Edit plan" }).click()
    const edit = suite.page.getByRole("dialog")
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
    await suite.page.waitForURL(/\/app\/dealer-network\/progress$/)
    await suite.page.getByRole("heading", { name: "Plans & deviations" }).waitFor()
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
    await suite.browser.shot("14-plans-and-deviations")

    await suite.page.getByTestId("progress-role-filter").click()
    await suite.page.getByRole("option", { name: "Sub-dealer" }).click()
    await tableLink("DLR-BERLIN").waitFor({ state: "detached" })
    expect(await rankedCodes()).toEqual(["SUB-POTSDAM"])
    await suite.page.getByTestId("progress-role-filter").click()
    await suite.page.getByRole("option", { name: "All roles" }).click()
    await tableLink("DLR-BERLIN").waitFor()

    const [download] = await Promise.all([
      suite.page.waitForEvent("download"),
      suite.page.getByRole("button", { name: "Export CSV" }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`dealer-plans-${PERIOD}.csv`)
    const file = path.join(suite.artifacts, download.suggestedFilename())
    await download.saveAs(file)
    const csv = fs.readFileSync(file, "utf8")
    expect(csv.split("\n")[0]).toMatch(/^dealer_code,dealer_name,period/)
    expect(csv).toContain(`DLR-BERLIN,Berlin Tools,${PERIOD}`)
    expect(csv).toContain(`DLR-MUNICH,Munich Machines,${PERIOD}`)
  })

  it("imports plans from CSV after a dry run that lists every bad line", async () => {
    await suite.page.getByRole("button", { name: "Import CSV" }).click()
    const drawer = suite.page.getByRole("dialog")
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
    await suite.browser.shot("15-import-dry-run-errors")

    await drawer.locator("#import-csv").fill(good.join("\n"))
    await drawer.getByRole("button", { name: "Check file" }).click()
    await drawer.getByTestId("import-report").getByText(/2 plans to create/).waitFor()
    await suite.browser.shot("16-import-dry-run-ok")
    await drawer.getByRole("button", { name: "Import", exact: true }).click()
    await drawer.waitFor({ state: "detached" })
    await tableLink("DIST-NORTH").waitFor()
    await tableLink("DLR-HAMBURG").waitFor()
    expect(await tableRow("DIST-NORTH").innerText()).toContain(eur(50000))
    await suite.browser.shot("17-plans-imported")

    // Each row links to its dealer.
    await tableLink("DLR-BERLIN").click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/dealers/${suite.seeded["DLR-BERLIN"]}$`))
    await progress().getByTestId("progress-plan").getByText(eur(20000)).waitFor()
  })

  it("shows the network at a glance on the overview, the plugin's one sidebar entry", async () => {
    await sidebarLink("Dealer network").click()
    await suite.page.waitForURL(/\/app\/dealer-network$/)
    await suite.page.getByRole("heading", { name: "Dealer network", exact: true }).waitFor()
    // Its pages are nested under it.
    for (const item of ["Dealers", "Applications", "Plans & deviations", "Rewards", "Receivables"]) {
      await sidebarLink(item).waitFor()
    }

    // Plans: DIST-NORTH 50,000, DLR-BERLIN 20,000, DLR-MUNICH 8,000, DLR-HAMBURG 7,000, SUB-POTSDAM 3,000; Berlin sold 300.
    await suite.page.getByTestId("overview-plan").getByText(eur(88000)).waitFor()
    expect(await suite.page.getByTestId("overview-actual").innerText()).toContain(eur(300))
    expect(await suite.page.getByTestId("overview-plan").innerText()).toContain("5 dealers with a plan")
    // DIST-NORTH's sub-network holds Berlin, Hamburg and Potsdam; Munich has no parent.
    const subNetworks = suite.page.getByTestId("overview-sub-networks-chart")
    await subNetworks.locator(".recharts-bar-rectangle").first().waitFor()
    const dealerLabels = (await subNetworks.locator("svg text").allTextContents()).filter((text) => /^(DIST|DLR|SUB)-/.test(text))
    expect(dealerLabels).toEqual(["DIST-NORTH", "DLR-MUNICH"])
    await suite.page.getByTestId("overview-month-curve").locator(".recharts-area-area").waitFor()
    if (WORKING_DAYS.elapsed > 0) {
      // Munich has sold nothing of what its plan expects by today.
      const munich = suite.page.getByTestId("overview-behind").locator("tr", { hasText: "DLR-MUNICH" })
      expect(await munich.innerText()).toContain("-100%")
    }
    await suite.browser.shot("17b-network-overview")
  })

  it("shows a customer's dealer membership, or that there is none", async () => {
    // As dealers-list-admin.spec.ts does on the dealer's suite.page, here through the API: Wes joins DLR-BERLIN as its owner, Bea leaves.
    const berlin = suite.seeded["DLR-BERLIN"]
    await suite.app.api("POST", `/admin/dealers/${berlin}/members`, { customer_id: suite.seeded["walker@berlin-tools.test"], role: "owner" }, suite.admin)
    const { members } = await suite.app.api("GET", `/admin/dealers/${berlin}/members`, undefined, suite.admin)
    const bea = members.find((member: { customer_id: string }) => member.customer_id === suite.seeded["buyer@berlin-tools.test"])
    await suite.app.api("DELETE", `/admin/dealers/${berlin}/members/${bea.id}`, undefined, suite.admin)

    await suite.page.goto(`${suite.app.baseUrl}/app/customers/${suite.seeded["walker@berlin-tools.test"]}`)
    const widget = suite.page.getByTestId("customer-dealer-widget")
    await widget.getByRole("heading", { name: "Dealer membership" }).waitFor()
    await widget.getByRole("link", { name: "DLR-BERLIN · Berlin Tools" }).waitFor()
    expect(await widget.getByTestId("customer-member-role").innerText()).toBe("Owner")
    await suite.browser.shot("18-customer-dealer-membership")

    await suite.page.goto(`${suite.app.baseUrl}/app/customers/${suite.seeded["buyer@berlin-tools.test"]}`)
    await suite.page.getByTestId("customer-dealer-widget").getByText("Not a member of any dealer.").waitFor()
    await suite.browser.shot("19-customer-no-dealer")

    await suite.page.getByTestId("customer-dealer-widget").waitFor()
    await suite.page.goto(`${suite.app.baseUrl}/app/customers/${suite.seeded["walker@berlin-tools.test"]}`)
    await suite.page.getByTestId("customer-dealer-widget").getByRole("link", { name: "DLR-BERLIN · Berlin Tools" }).click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/dealers/${suite.seeded["DLR-BERLIN"]}$`))
  })

  it("shows the order's dealer of record and its plan credit", async () => {
    await suite.page.goto(`${suite.app.baseUrl}/app/orders/${suite.seeded.order}`)
    const widget = suite.page.getByTestId("order-dealer-widget")
    await widget.getByRole("heading", { name: "Dealer credit" }).waitFor()
    await widget.getByTestId("order-dealer").getByRole("link", { name: "DLR-BERLIN · Berlin Tools" }).waitFor()
    const entries = widget.getByTestId("order-contributions")
    await entries.getByText("Sale").waitFor()
    expect(await entries.innerText()).toContain(eur(300, true))
    expect(await entries.innerText()).toContain("DLR-BERLIN")
    await suite.browser.shot("20-order-dealer-credit")
  })

  it("raised no errors in the page", () => {
    expect(suite.browser.pageErrors).toEqual([])
  })
})
