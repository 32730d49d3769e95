import {
  allocateShare,
  automaticResolutionOf,
  conflictPolicyFor,
  creditToMove,
  isEmptyCredit,
  negateCredit,
  netCredit,
} from "../conflicts"

const line = (product_id: string, quantity: number, amount: string) => ({
  product_id,
  variant_id: `${product_id}-v`,
  category_ids: ["pcat_tools"],
  quantity,
  amount,
})

describe("conflictPolicyFor", () => {
  it("copies the agreement's policy and share onto a zone case", () => {
    expect(conflictPolicyFor("foreign_exclusive_zone", { conflict_policy: "split", split_share_percent: 30 })).toEqual({
      policy: "split",
      split_share_percent: "30",
      note: null,
    })
    expect(conflictPolicyFor("foreign_exclusive_zone", { conflict_policy: "keep_seller", split_share_percent: 30 })).toEqual({
      policy: "keep_seller",
      split_share_percent: null,
      note: null,
    })
  })

  it("falls back to manual review without an agreement, or with a split that names no share", () => {
    expect(conflictPolicyFor("foreign_exclusive_zone", null).policy).toBe("manual_review")
    expect(conflictPolicyFor("foreign_exclusive_zone", { conflict_policy: "split", split_share_percent: null })).toMatchObject({
      policy: "manual_review",
      note: expect.stringMatching(/no share/),
    })
  })

  it("leaves an assortment case to an admin unless the policy keeps the seller's credit", () => {
    expect(conflictPolicyFor("outside_assortment", { conflict_policy: "credit_zone_owner" })).toMatchObject({
      policy: "manual_review",
      note: expect.stringMatching(/needs a zone owner/),
    })
    expect(conflictPolicyFor("outside_assortment", { conflict_policy: "keep_seller" }).policy).toBe("keep_seller")
  })

  it("resolves every policy but manual review on its own", () => {
    expect(automaticResolutionOf("credit_zone_owner")).toBe("credit_zone_owner")
    expect(automaticResolutionOf("manual_review")).toBeNull()
  })
})

describe("netCredit", () => {
  it("adds an order's entries up per product line and drops lines that net to nothing", () => {
    const net = netCredit([
      { amount: "320.50", order_count: 1, lines: [line("drill", 2, "240"), line("saw", 1, "80.5")] },
      { amount: -240, order_count: 0, lines: [line("drill", -2, "-240")] },
    ])
    expect(net).toEqual({ amount: "80.5", order_count: 1, lines: [line("saw", 1, "80.5")] })
  })
})

describe("creditToMove", () => {
  const net = netCredit([
    { amount: "139.99", order_count: 1, lines: [line("drill", 1, "120"), line("pliers", 1, "19.99")] },
  ])

  it("moves the whole credit to the zone owner", () => {
    expect(creditToMove(net, "credit_zone_owner")).toEqual(net)
  })

  it("moves a share of the money to the cent, half up, and leaves order and units with the seller", () => {
    // 25 % of 139.99 = 34.9975 → 35.00; the lines: 30 + 4.9975 → 30.00 + 5.00.
    expect(creditToMove(net, "split", 25)).toEqual({
      amount: "35.00",
      order_count: 0,
      lines: [
        { ...line("drill", 0, "30.00") },
        { ...line("pliers", 0, "5.00") },
      ],
    })
  })

  it("moves nothing when the seller keeps the sale", () => {
    const kept = creditToMove(net, "keep_seller")
    expect(isEmptyCredit(kept)).toBe(true)
  })

  it("refuses a split without a usable share", () => {
    expect(() => creditToMove(net, "split", null)).toThrow(/share/)
    expect(() => creditToMove(net, "split", 0)).toThrow(/share/)
    expect(() => creditToMove(net, "split", 101)).toThrow(/share/)
  })
})

describe("allocateShare", () => {
  it("gives the leftover cents to the parts that lost most in rounding", () => {
    // 30 % of 3 × 19.99 = 17.991 → 17.99: each part is 5.997, rounded down 5.99, two get a cent back.
    expect(allocateShare(["19.99", "19.99", "19.99"], "0.3")).toEqual(["6.00", "6.00", "5.99"])
    // Half of each loses half a cent: one cent comes back, to the first of equals.
    expect(allocateShare(["66.67", "33.33"], "0.5")).toEqual(["33.34", "16.66"])
  })

  it("always adds up to the rounded share of the sum", () => {
    const amounts = ["0.01", "0.01", "0.01", "10.05", "7.33"]
    const parts = allocateShare(amounts, "0.3333")
    const cents = parts.reduce((sum, p) => sum + Math.round(Number(p) * 100), 0)
    // 17.41 × 0.3333 = 5.802753 → 5.80
    expect(cents).toBe(580)
  })
})

describe("negateCredit", () => {
  it("turns a credit into the seller's counter-entry", () => {
    expect(negateCredit({ amount: "35.00", order_count: 1, lines: [line("drill", 2, "30.00")] })).toEqual({
      amount: "-35",
      order_count: -1,
      lines: [line("drill", -2, "-30")],
    })
  })
})
