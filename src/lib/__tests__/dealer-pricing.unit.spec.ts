import { dealerPrices, mergeBasePrices } from "../dealer-pricing"

const store = [
  { price_set_id: "pset_drill", amount: 120 },
  { price_set_id: "pset_saw", amount: "80.50" },
  { price_set_id: "pset_pliers", amount: 19.99 },
]

describe("dealerPrices", () => {
  it.each([
    // 80.50 × 0.9 × 0.95 = 68.8275 → 68.83; 19.99 × 0.855 = 17.09145 → 17.09
    ["agreement 10% and tier 5% compound to 14.5%", 10, 5, { pset_drill: "102.6", pset_saw: "68.83", pset_pliers: "17.09" }],
    // 80.50 × 0.875 = 70.4375 → 70.44
    ["the agreement's discount alone", 12.5, 0, { pset_drill: "105", pset_saw: "70.44", pset_pliers: "17.49" }],
    ["the tier's discount alone", 0, 10, { pset_drill: "108", pset_saw: "72.45", pset_pliers: "17.99" }],
  ])("takes %s off every store price", (_label, agreement, tier, expected) => {
    const prices = dealerPrices({ basePrices: store, agreedPrices: [], agreementDiscountPercent: agreement, partnerLevelDiscountPercent: tier })
    expect(Object.fromEntries(prices.map((p) => [p.price_set_id, p.amount]))).toEqual(expected)
  })

  it("leaves store prices alone when there is no discount at all", () => {
    expect(dealerPrices({ basePrices: store, agreedPrices: [], agreementDiscountPercent: 0, partnerLevelDiscountPercent: 0 })).toEqual([])
  })

  it("puts agreed prices, with their quantity tiers, in place of every price of their variant, less only the tier discount", () => {
    const prices = dealerPrices({
      basePrices: [...store, { price_set_id: "pset_drill", amount: 110, min_quantity: 5 }],
      agreedPrices: [
        { price_set_id: "pset_drill", amount: 100 },
        { price_set_id: "pset_drill", amount: 90, min_quantity: 10, max_quantity: 49 },
      ],
      agreementDiscountPercent: 10,
      partnerLevelDiscountPercent: 5,
    })
    expect(prices.filter((p) => p.price_set_id === "pset_drill")).toEqual([
      { price_set_id: "pset_drill", amount: "95", min_quantity: null, max_quantity: null },
      { price_set_id: "pset_drill", amount: "85.5", min_quantity: 10, max_quantity: 49 },
    ])
  })

  it("rounds to the currency's decimals, half up", () => {
    // 0.05 × 0.5 = 0.025 → 0.03 with cents; 1005 × 0.95 = 954.75 → 955 in a currency without minor unit
    const [cents] = dealerPrices({ basePrices: [{ price_set_id: "p", amount: "0.05" }], agreedPrices: [], agreementDiscountPercent: 50, partnerLevelDiscountPercent: 0 })
    expect(cents.amount).toBe("0.03")
    const [yen] = dealerPrices({ basePrices: [{ price_set_id: "p", amount: 1005 }], agreedPrices: [], agreementDiscountPercent: 5, partnerLevelDiscountPercent: 0, precision: 0 })
    expect(yen.amount).toBe("955")
  })
})

describe("mergeBasePrices", () => {
  it("takes a base price list's prices where it has some, and the store's elsewhere", () => {
    const merged = mergeBasePrices([{ price_set_id: "pset_saw", amount: 75 }], store)
    expect(merged.map((p) => [p.price_set_id, p.amount])).toEqual([
      ["pset_saw", 75],
      ["pset_drill", 120],
      ["pset_pliers", 19.99],
    ])
  })
})
