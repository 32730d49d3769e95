import { CheckoutFacts, checkoutViolations, creditPosition } from "../checkout-rules"

const activeDealer = { code: "KS-01", name: "Kassel Tools", status: "active" }
const terms = { number: "AGR-KS-01-001", min_order_amount: null, credit_limit: null, restrict_to_assortment: false }

function facts(overrides: Partial<CheckoutFacts> = {}): CheckoutFacts {
  return {
    inB2BChannel: true,
    dealer: activeDealer,
    terms,
    currencyCode: "eur",
    cartTotal: "186",
    itemSubtotal: "161",
    outstanding: "0",
    itemsOutsideAssortment: [],
    ...overrides,
  }
}

const codes = (f: CheckoutFacts) => checkoutViolations(f).map((v) => v.code)

describe("checkoutViolations", () => {
  it.each([
    ["a customer of no dealer in the B2B channel", facts({ dealer: null }), ["not_a_dealer"]],
    ["a customer of no dealer elsewhere", facts({ dealer: null, inB2BChannel: false }), []],
    ["a suspended dealer's member in the B2B channel", facts({ dealer: { ...activeDealer, status: "suspended" } }), ["dealer_not_active"]],
    ["a terminated dealer's member in the B2B channel", facts({ dealer: { ...activeDealer, status: "terminated" } }), ["dealer_not_active"]],
    ["an active dealer without an agreement in force", facts({ terms: null }), []],
    ["an active dealer under terms it keeps", facts(), []],
  ])("%s", (_label, input, expected) => {
    expect(codes(input)).toEqual(expected)
  })

  it("names the inactive dealer and its status among the figures", () => {
    const [violation] = checkoutViolations(facts({ dealer: { ...activeDealer, status: "suspended" } }))
    expect(violation.figures).toEqual({ dealer_code: "KS-01", dealer_name: "Kassel Tools", dealer_status: "suspended" })
  })

  it("states the minimum order, the goods subtotal and the gap, in words and in figures", () => {
    const [violation] = checkoutViolations(facts({ terms: { ...terms, min_order_amount: "200" }, itemSubtotal: "19.99" }))
    expect(violation).toEqual({
      code: "below_minimum_order",
      field: "min_order_amount",
      message: "The minimum order under agreement AGR-KS-01-001 is 200.00 EUR of goods; this cart has 19.99 EUR, 180.01 EUR short.",
      figures: {
        agreement_number: "AGR-KS-01-001",
        currency_code: "eur",
        min_order_amount: "200",
        item_subtotal: "19.99",
        short_by: "180.01",
      },
    })
    expect(codes(facts({ terms: { ...terms, min_order_amount: "161" } }))).toEqual([])
  })

  it("names the items outside the assortment only when the agreement restricts it", () => {
    const outside = facts({ itemsOutsideAssortment: ["Pliers set", "Tape"] })
    expect(codes(outside)).toEqual([])
    const [violation] = checkoutViolations({ ...outside, terms: { ...terms, restrict_to_assortment: true } })
    expect(violation.message).toBe("Agreement AGR-KS-01-001 limits orders to the dealer's assortment; outside it: Pliers set, Tape.")
    expect(violation.figures).toEqual({ agreement_number: "AGR-KS-01-001", products: ["Pliers set", "Tape"] })
  })

  it.each([
    // 385 + 186 = 571 > 500 by 71
    ["385", "500", "credit_limit_exceeded"],
    // 314 + 186 = 500: exactly the limit is allowed
    ["314", "500", null],
    ["314.01", "500", "credit_limit_exceeded"],
  ])("with %s owed under a limit of %s: %s", (outstanding, limit, expected) => {
    expect(codes(facts({ outstanding, terms: { ...terms, credit_limit: limit } }))).toEqual(expected ? [expected] : [])
  })

  it("states the limit, the balance, the cart and the excess, in words and in figures", () => {
    const [violation] = checkoutViolations(facts({ outstanding: "385", terms: { ...terms, credit_limit: "500" } }))
    expect(violation.message).toBe(
      "Credit limit exceeded: the limit is 500.00 EUR, the unpaid balance 385.00 EUR and this cart 186.00 EUR; together 571.00 EUR, 71.00 EUR over the limit."
    )
    expect(violation.figures).toEqual({
      agreement_number: "AGR-KS-01-001",
      currency_code: "eur",
      credit_limit: "500",
      outstanding: "385",
      available: "115",
      cart_total: "186",
      owed_after: "571",
      over_by: "71",
    })
  })
})

describe("creditPosition", () => {
  it("shows what is left of the limit, never below zero", () => {
    expect(creditPosition(facts({ outstanding: "385", terms: { ...terms, credit_limit: "500" } }))).toEqual({
      credit_limit: "500",
      outstanding: "385",
      cart_total: "186",
      available: "115",
    })
    expect(creditPosition(facts({ outstanding: "620", terms: { ...terms, credit_limit: "500" } }))?.available).toBe("0")
    expect(creditPosition(facts())).toBeNull()
  })
})
