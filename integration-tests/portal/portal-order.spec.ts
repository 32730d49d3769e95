import BigNumber from "bignumber.js"
import type { StoreProgressResponse } from "../../src/client"
import { PortalSuite, plainSpaces, portalDay, startPortalSuite, stopPortalSuite } from "../helpers/portal-suite"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

// Demo logins (src/scripts/demo/demo-data.ts): HUBER's buyer. HUBER's zone sells
// power tools and hand tools (no garden, no accessories); its agreement: 30 days'
// payment terms, a 500 EUR minimum order, a 90,000 EUR credit limit, and the
// FX18 drill kit cheaper from 20 units.
const HUBER_BUYER = "einkauf@werkzeug-huber.example"
const HUBER_SKUS = ["FX18-DD-KIT", "FX18-DD-SOLO", "HT-CSS-12", "HT-VDE-7", "RH26-SDS"]
// The sub-dealer BRANDL sells accessories on a 10,000 EUR credit limit.
const BRANDL_BUYER = "einkauf@eisenwaren-brandl.example"

/** "90000" → "90,000.00", as the portal shows EUR amounts in English. */
const shown = (amount: string | number) =>
  Number(amount).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
/** "10000" → "10 000,00 €", as the portal shows EUR amounts in Russian (spaces plain). */
const shownRu = (amount: string | number) =>
  plainSpaces(new Intl.NumberFormat("ru", { style: "currency", currency: "EUR" }).format(Number(amount)))

describe("dealer portal: ordering", () => {
  let suite: PortalSuite

  beforeAll(async () => {
    suite = await startPortalSuite("portal-order")
    await suite.logInAs(HUBER_BUYER)
  }, 900_000)

  afterAll(async () => {
    await stopPortalSuite(suite)
  })

  /** The store API as the logged-in buyer (the portal's own token). */
  async function asBuyer<T = any>(path: string): Promise<T> {
    const token = await suite.page.evaluate(() => localStorage.getItem("dealer_portal_jwt"))
    return suite.app.api<T>("GET", path, undefined, {
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": suite.publishableKey,
    })
  }

  const nav = (name: string) => suite.page.getByRole("navigation").getByRole("link", { name, exact: true })

  async function pasteQuickOrder(lines: string) {
    const { page } = suite
    await page.getByRole("link", { name: "Order", exact: true }).click()
    await page.getByRole("tab", { name: "Quick order" }).click()
    await page.getByLabel("SKU and quantity lines").fill(lines)
    await page.getByRole("button", { name: "Check the lines" }).click()
    await page.getByTestId("quick-order-line").first().waitFor()
  }

  it("shows only the dealer's assortment, at its prices with the quantity breaks beside the list price", async () => {
    const { page } = suite
    await page.getByRole("link", { name: "Order", exact: true }).click()
    await page.getByTestId("catalog-row").first().waitFor()
    const skus = await page.getByTestId("catalog-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-sku")))
    expect([...skus].sort()).toEqual(HUBER_SKUS)

    const catalog = await asBuyer("/store/dealers/me/catalog?sku=FX18-DD-KIT")
    const kit = catalog.products[0].variants.find((v: any) => v.sku === "FX18-DD-KIT")
    expect(kit.prices.map((p: any) => p.min_quantity)).toEqual([null, 20])
    const row = page.locator('[data-testid="catalog-row"][data-sku="FX18-DD-KIT"]')
    await row.getByText(shown(kit.list_price)).waitFor()
    await row.getByText(shown(kit.prices[0].amount)).waitFor()
    await row.getByText(`from 20 pcs: €${shown(kit.prices[1].amount)}`).waitFor()
    await suite.browser.shot("catalogue")

    await page.getByLabel("Search by name or SKU").fill("spanner")
    await page.locator('[data-testid="catalog-row"][data-sku="FX18-DD-KIT"]').waitFor({ state: "detached" })
    expect(await page.getByTestId("catalog-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-sku")))).toEqual(["HT-CSS-12"])
    await page.getByLabel("Search by name or SKU").fill("")
  })

  it("takes pasted lines, flags an unknown SKU and one outside the assortment, checks out on account to a confirmation with the due date, and shows the order in the invoices and the plan", async () => {
    const { page } = suite
    // The plan's actual before the order, as the Plan page shows it.
    const { progress: before } = await asBuyer<StoreProgressResponse>("/store/dealers/me/progress")
    await nav("Plan").click()
    await page.getByTestId("plan-actual").getByText(`€${shown(before.actual.amount)}`).waitFor()

    await pasteQuickOrder("FX18-DD-KIT\t20\nht-vde-7;5\nNO-SUCH-SKU,2\nLM46,1\nRH26-SDS;two")
    const statuses = await page
      .getByTestId("quick-order-line")
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute("data-sku"), row.getAttribute("data-status")]))
    expect(statuses).toEqual([
      ["FX18-DD-KIT", "found"],
      ["HT-VDE-7", "found"],
      ["NO-SUCH-SKU", "unknown"],
      ["LM46", "outside_assortment"],
      ["RH26-SDS", "bad_quantity"],
    ])
    await page.getByText("Unknown SKU").waitFor()
    await page.getByText("Not in your assortment").waitFor()
    await page.getByText("3 lines cannot be ordered; they will be left out.").waitFor()
    await suite.browser.shot("quick-order-checked")

    await page.getByRole("button", { name: "Add 2 lines to the cart" }).click()
    await page.waitForURL(/\/cart$/)
    await page.getByTestId("cart-line").nth(1).waitFor()
    // The kit at its price from 20 units, as the catalogue lists it.
    const catalog = await asBuyer("/store/dealers/me/catalog?sku=FX18-DD-KIT")
    const kitBreak = catalog.products[0].variants.find((v: any) => v.sku === "FX18-DD-KIT").prices[1].amount
    await page.locator('[data-testid="cart-line"][data-sku="FX18-DD-KIT"]').getByTestId("cart-line-price").getByText(shown(kitBreak)).waitFor()

    // The live dealer check with the credit position the API answers.
    const { dealer_check: check } = await asBuyer(`/store/carts/${await cartId()}/dealer-check`)
    expect(check.allowed).toBe(true)
    const panel = page.getByTestId("dealer-check")
    await panel.getByText("Can be ordered on account").waitFor()
    await panel.getByTestId("check-minimum").getByText(shown(500)).waitFor()
    await panel.getByTestId("check-credit-limit").getByText(shown(90_000)).waitFor()
    await panel.getByTestId("check-outstanding").getByText(shown(check.credit.outstanding)).waitFor()
    await panel.getByTestId("check-available").getByText(shown(check.credit.available)).waitFor()
    await suite.browser.shot("cart-checked")

    // Changing a quantity re-runs the check: 25 screwdriver sets instead of 5.
    const goodsBefore = await panel.getByTestId("check-goods").innerText()
    const vde = page.locator('[data-testid="cart-line"][data-sku="HT-VDE-7"]').getByLabel("Quantity")
    await vde.fill("25")
    await vde.press("Enter")
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="check-goods"]')?.textContent !== before,
      goodsBefore
    )

    await page.getByRole("button", { name: "Place the order on account" }).click()
    await page.getByTestId("confirmation-number").waitFor({ timeout: 60_000 })
    const orderId = page.url().split("/").pop()
    const { orders } = await asBuyer("/store/dealers/me/orders")
    const placed = orders.find((o: any) => o.order_id === orderId)
    expect(placed).toMatchObject({ placed_by_me: true, payment_terms_days: 30, payment_state: "unpaid" })
    expect(new Date(placed.due_at).getTime() - new Date(placed.placed_at).getTime()).toBe(30 * 86_400_000)
    await page.getByTestId("confirmation-number").getByText(`Order #${placed.display_id}`).waitFor()
    await page.getByTestId("confirmation-total").getByText(shown(placed.total)).waitFor()
    const due = new Date(placed.due_at)
    const dueText = await page.getByTestId("confirmation-due").innerText()
    expect(dueText).toContain(String(due.getUTCFullYear()))
    expect(dueText).toContain("30 days after the order")
    await suite.browser.shot("order-confirmation")

    // The order among the unpaid invoices: its number, amount and due date.
    await nav("Invoices").click()
    const invoice = page.getByTestId("invoice-row").filter({ hasText: new RegExp(`#${placed.display_id}(?!\\d)`) })
    await invoice.getByText(`€${shown(placed.total)}`).first().waitFor()
    await invoice.getByText(portalDay(placed.due_at)).waitFor()
    await invoice.getByText("Unpaid").waitFor()
    await suite.browser.shot("invoices-new-order")

    // The plan's actual grows by the order's goods once the sale is credited (by an event subscriber).
    const { order } = await asBuyer(`/store/orders/${orderId}?fields=item_subtotal`)
    const after = new BigNumber(before.actual.amount).plus(order.item_subtotal)
    await waitFor(
      () => asBuyer<StoreProgressResponse>("/store/dealers/me/progress"),
      ({ progress }) => after.eq(progress.actual.amount),
      { timeoutMs: 60_000, intervalMs: 500 }
    )
    await nav("Plan").click()
    await page.getByTestId("plan-actual").getByText(`€${shown(after.toFixed(2))}`).waitFor()
    await suite.browser.shot("plan-after-order")

    // The cart is gone with the order.
    await page.getByRole("link", { name: "Cart", exact: true }).click()
    await page.getByText("Your cart is empty.").waitFor()
  })

  it("refuses a cart over the dealer's credit limit with the limit, the unpaid balance and what is available on screen, and keeps the cart", async () => {
    const { page } = suite
    // Another dealer's buyer in a fresh session (the token and carts of this browser forgotten).
    await page.evaluate(() => localStorage.clear())
    await suite.logInAs(BRANDL_BUYER)
    await pasteQuickOrder("ACC-BAT-18-5\t300")
    await page.getByRole("button", { name: "Add 1 line to the cart" }).click()
    await page.waitForURL(/\/cart$/)
    const panel = page.getByTestId("dealer-check")
    await panel.getByText("Cannot be ordered yet").waitFor()
    const { dealer_check: check } = await asBuyer(`/store/carts/${await cartId()}/dealer-check`)
    expect(check.violations.map((v: any) => v.code)).toEqual(["credit_limit_exceeded"])
    const violation = panel.getByTestId("check-violations")
    await violation.getByText(refusedInEnglish(check.violations[0].figures)).waitFor()

    // The server refuses the checkout; the portal says why in the buyer's words, not the API's
    // (the cart now has its delivery, so the check's figures are read again).
    await page.getByRole("button", { name: "Place the order on account" }).click()
    const refusal = page.getByTestId("checkout-refusal")
    await refusal.waitFor({ timeout: 60_000 })
    const { dealer_check: refused } = await asBuyer(`/store/carts/${await cartId()}/dealer-check`)
    const { figures } = refused.violations[0]
    expect(await refusal.innerText()).toBe(refusedInEnglish(figures))
    await page.getByText("The order was refused").waitFor()
    expect(await page.getByTestId("cart-line").count()).toBe(1)
    await suite.browser.shot("cart-refused-over-credit-limit")

    await page.getByRole("combobox", { name: "Language" }).click()
    await page.getByRole("option", { name: "Русский" }).click()
    await page.getByText("Заказ отклонён").waitFor()
    expect(plainSpaces(await refusal.innerText())).toBe(
      `Кредитный лимит превышен: лимит 10 000,00 €, неоплаченный остаток ${shownRu(figures.outstanding)}, доступно ${shownRu(figures.available)}, ` +
        `а корзина на ${shownRu(figures.cart_total)} — на ${shownRu(figures.over_by)} больше лимита.`
    )
    expect(plainSpaces(await violation.innerText())).toContain("лимит 10 000,00 €")
    await suite.browser.shot("cart-refused-ru")
    await nav("Заказ").click()
    await page.getByText("Показан только ассортимент вашего дилера", { exact: false }).waitFor()
    await page.getByTestId("catalog-row").first().waitFor()
    await suite.browser.shot("catalogue-ru")
    expect(suite.browser.pageErrors).toEqual([])
  })

  /** The credit-limit refusal as the portal words it in English. */
  const refusedInEnglish = (figures: Record<string, string>) =>
    `Credit limit exceeded: the limit is €${shown(figures.credit_limit)}, the unpaid balance €${shown(figures.outstanding)}, so €${shown(figures.available)} is available, ` +
    `and this cart comes to €${shown(figures.cart_total)} — €${shown(figures.over_by)} over the limit.`

  async function cartId(): Promise<string> {
    return suite.page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith("dealer_portal_cart:"))
      return key ? localStorage.getItem(key)! : ""
    })
  }
})
