/**
 * Receivables, dealer prices and the B2B sales channel, in a real browser.
 * Screenshots land in test-artifacts/admin-ui-receivables/ (helpers/admin-ui-suite.ts: the shared harness).
 */
import {
  useAdminUiSuite,
  seedDealerNetwork,
  seedPlansAndOrder,
  seedViennaReceivables,
  ViennaSeed,
  eur,
} from "../helpers/admin-ui-suite"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

/** DLR-VIENNA and its two orders (seedViennaReceivables). */
let vienna: ViennaSeed
// DLR-BERLIN's converted draft order is owed beside DLR-VIENNA's.
const suite = useAdminUiSuite("admin-ui-receivables", async (suite) => {
  await seedDealerNetwork(suite)
  await seedPlansAndOrder(suite)
  vienna = await seedViennaReceivables(suite)
})
const { tableLink, tableRow, openPluginPage } = suite

describe("Receivables, dealer prices and the B2B sales channel", () => {
  const receivables = () => suite.page.getByTestId("dealer-receivables-section")
  const reportRows = () => suite.page.locator("table tbody tr")
  const reportCodes = async () =>
    (await reportRows().locator("td:first-child a").allInnerTexts()).map((text) => text.trim())

  it("sets the B2B sales channel on the Dealer receivables page", async () => {
    await openPluginPage("Receivables")
    await suite.page.waitForURL(/\/app\/dealer-network\/receivables$/)
    await suite.page.getByRole("heading", { name: "Dealer receivables" }).waitFor()
    const setting = suite.page.getByTestId("b2b-channel-setting")
    await setting.locator("#b2b-sales-channel").getByText("None: open to everyone").waitFor()
    await setting.locator("#b2b-sales-channel").click()
    await suite.page.getByRole("option", { name: "B2B Wholesale" }).click()
    await suite.page.getByText(/B2B sales channel set to B2B Wholesale/).waitFor()
    await setting.locator("#b2b-sales-channel").getByText("B2B Wholesale").waitFor()
    const { settings } = await suite.app.api("GET", "/admin/dealer-settings", undefined, suite.admin)
    expect(settings.b2b_sales_channel_id).toBe(vienna.channelId)
  })

  it("lists what dealers owe, most overdue first, and narrows to the overdue ones", async () => {
    await tableLink("DLR-VIENNA").waitFor()
    const subtitle = await suite.page.getByTestId("receivables-subtitle").innerText()
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
    await suite.browser.shot("21-dealer-receivables")

    await suite.page.getByRole("switch", { name: "Overdue only" }).click()
    await tableLink("DLR-BERLIN").waitFor({ state: "detached" })
    expect(await reportCodes()).toEqual(["DLR-VIENNA"])
    await suite.browser.shot("22-dealer-receivables-overdue-only")
    await suite.page.getByRole("switch", { name: "Overdue only" }).click()
    await tableLink("DLR-BERLIN").waitFor()
  })

  it("charts what is owed by days overdue, for every dealer or one, and the overview's overdue figure leads to it", async () => {
    const ageing = suite.page.getByTestId("receivables-ageing")
    const chart = ageing.getByTestId("ageing-chart-eur")
    const chartLabel = (current: number, late: number) =>
      `Outstanding by days overdue: Current ${eur(current)}, 1–30 days ${eur(late)}, 31–60 days ${eur(0)}, 61–90 days ${eur(0)}, 90+ days ${eur(0)}`
    // DLR-VIENNA's 100 and DLR-BERLIN's 300 are not due yet; DLR-VIENNA's 225 is 15 days late.
    await ageing.getByText("What all dealers owe, by days overdue").waitFor()
    await ageing.getByTestId("ageing-total-eur").getByText(`Outstanding: ${eur(625)}`).waitFor()
    expect(await chart.getAttribute("aria-label")).toBe(chartLabel(400, 225))
    // Two buckets hold money: two bars drawn.
    expect(await chart.locator(".recharts-bar-rectangle path").count()).toBe(2)
    // The channel setting's toast would cover the chart's corner.
    await suite.page.locator("[data-sonner-toast]").first().waitFor({ state: "detached" })
    await suite.browser.shotOf(ageing, "21b-receivables-ageing")

    await suite.page.locator("#receivables-dealer").fill("vienna")
    await suite.page.getByTestId("dealer-picker-results").getByRole("button", { name: /DLR-VIENNA/ }).click()
    await suite.page.getByTestId("receivables-dealer-filter").getByText("DLR-VIENNA").waitFor()
    await ageing.getByTestId("ageing-total-eur").getByText(`Outstanding: ${eur(325)}`).waitFor()
    expect(await ageing.innerText()).toContain("What the chosen dealer owes, by days overdue")
    expect(await chart.getAttribute("aria-label")).toBe(chartLabel(100, 225))
    expect(await reportCodes()).toEqual(["DLR-VIENNA"])
    expect(suite.page.url()).toContain(`dealer_id=${vienna.id}`)
    await suite.page.getByTestId("receivables-dealer-filter").getByRole("button", { name: "Show every dealer" }).click()
    await ageing.getByTestId("ageing-total-eur").getByText(`Outstanding: ${eur(625)}`).waitFor()

    // The overview's overdue receivables open this page with the overdue dealers only.
    await suite.page.goto(`${suite.app.baseUrl}/app/dealer-network`)
    await suite.page.getByTestId("overview-overdue-link").click()
    await suite.page.waitForURL(/\/app\/dealer-network\/receivables\?overdue_only=true$/)
    await tableLink("DLR-VIENNA").waitFor()
    expect(await reportCodes()).toEqual(["DLR-VIENNA"])
    expect(await suite.page.getByRole("switch", { name: "Overdue only" }).getAttribute("aria-checked")).toBe("true")
    await ageing.getByTestId("ageing-total-eur").getByText(`Outstanding: ${eur(625)}`).waitFor()
    await suite.page.getByRole("switch", { name: "Overdue only" }).click()
    await tableLink("DLR-BERLIN").waitFor()
  })

  it("shows DLR-VIENNA's credit, ageing and unpaid orders on its page", async () => {
    await tableRow("DLR-VIENNA").locator("td").nth(1).click()
    await suite.page.waitForURL(new RegExp(`/app/dealer-network/dealers/${vienna.id}$`))
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
    expect(await section.getByTestId("ageing-overdue_61_90").innerText()).toContain(eur(0))
    expect(await section.getByTestId("ageing-overdue_over_90").innerText()).toContain(eur(0))

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
    await suite.browser.shot("23-dealer-receivables-section")
    await suite.browser.shotOf(section, "23b-dealer-receivables-section")

    // The order number opens the order, whose widget names the dealer.
    await lateLink.click()
    await suite.page.waitForURL(new RegExp(`/app/orders/${vienna.overdue.id}$`))
    await suite.page
      .getByTestId("order-dealer-widget")
      .getByRole("link", { name: "DLR-VIENNA · Vienna Werkzeug" })
      .waitFor()
  })

  it("links the dealer's price list from its agreements and rebuilds the prices", async () => {
    // The terms themselves are read on the agreement's page (contracts-admin.spec.ts).
    await suite.page.goto(`${suite.app.baseUrl}/app/dealer-network/dealers/${vienna.id}`)
    const section = suite.page.getByTestId("dealer-agreements-section")
    await section.locator('[data-agreement-number="AGR-VIENNA-1"]').waitFor()

    // Activation made the dealer's price list.
    const { dealer } = await suite.app.api("GET", `/admin/dealers/${vienna.id}?fields=id,price_list_id`, undefined, suite.admin)
    expect(dealer.price_list_id).toBeTruthy()
    const priceList = section.getByTestId("dealer-price-list")
    const link = priceList.getByRole("link", { name: "Dealer prices DLR-VIENNA" })
    await link.waitFor()
    expect(await link.getAttribute("href")).toBe(`/app/price-lists/${dealer.price_list_id}`)
    await priceList.getByText("Active", { exact: true }).waitFor()

    await section.getByRole("button", { name: "Agreement actions" }).click()
    await suite.page.getByRole("menuitem", { name: "Rebuild dealer prices" }).click()
    await suite.page.getByText("Dealer prices rebuilt: 1 price on an active price list.").waitFor()
    await suite.browser.shot("24-dealer-prices-rebuilt")
    await suite.browser.shotOf(section, "24b-dealer-agreements-section")
  })

  it("charts the ageing in Russian: the buckets' names and amounts in the admin's language and money format", async () => {
    // The language the dashboard keeps for its user (the profile's choice): its cookie and local storage.
    const useLanguage = (lng: string) =>
      suite.page.evaluate((lng) => {
        document.cookie = `lng=${lng}; path=/`
        localStorage.setItem("lng", lng)
      }, lng)
    await useLanguage("ru")
    try {
      await suite.page.goto(`${suite.app.baseUrl}/app/dealer-network/receivables`)
      const ageing = suite.page.getByTestId("receivables-ageing")
      await ageing.getByText("Долг всех дилеров по срокам просрочки").waitFor()
      const rub = (amount: number) => new Intl.NumberFormat("ru", { style: "currency", currency: "EUR" }).format(amount)
      await ageing.getByTestId("ageing-total-eur").getByText(`Всего долг: ${rub(625)}`).waitFor()
      const chart = ageing.getByTestId("ageing-chart-eur")
      expect(await chart.getAttribute("aria-label")).toMatch(/^Долг по срокам просрочки: /)
      // Each bucket's amount above its bar, in the Russian format.
      for (const amount of [rub(400), rub(225)]) await chart.getByText(amount, { exact: true }).waitFor()
      await suite.browser.shotOf(ageing, "25-receivables-ageing-ru")
    } finally {
      await useLanguage("en")
    }
  })

  it("raised no errors in the page", () => {
    expect(suite.browser.pageErrors).toEqual([])
  })
})
