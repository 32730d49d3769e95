import { allocateReceivableOffset, OffsetOrder } from "../receivable-offset"

const order = (order_id: string, outstanding: string, currency_code = "eur", display_id = Number(order_id.slice(1))): OffsetOrder => ({
  order_id,
  display_id,
  currency_code,
  outstanding,
})

// Oldest due first, as listUnpaidOrders answers them.
const unpaid = [order("o1", "385"), order("o2", "200"), order("o3", "145")]

describe("allocateReceivableOffset", () => {
  it.each([
    ["less than the oldest order owes", "100", unpaid, [["o1", "100"]], "100", "0"],
    ["exactly the oldest order", "385", unpaid, [["o1", "385"]], "385", "0"],
    ["over two orders, oldest first", "500", unpaid, [["o1", "385"], ["o2", "115"]], "500", "0"],
    ["everything owed, with a remainder", "1000", unpaid, [["o1", "385"], ["o2", "200"], ["o3", "145"]], "730", "270"],
    ["no unpaid orders", "50", [], [], "0", "50"],
    ["cents kept exact", "0.3", [order("o1", "0.1"), order("o2", "0.1"), order("o3", "0.1")], [["o1", "0.1"], ["o2", "0.1"], ["o3", "0.1"]], "0.3", "0"],
    ["an order in another currency is skipped", "300", [order("o1", "100", "pln"), order("o2", "200")], [["o2", "200"]], "200", "100"],
    ["orders that owe nothing or less are skipped", "50", [order("o1", "0"), order("o2", "-5"), order("o3", "20")], [["o3", "20"]], "20", "30"],
    ["what an order owes is rounded down to the cent", "100", [order("o1", "10.005"), order("o2", "0.004")], [["o1", "10"]], "10", "90"],
    ["an amount below a cent applies nothing", "0.004", unpaid, [], "0", "0.004"],
    ["a zero amount applies nothing", "0", unpaid, [], "0", "0"],
  ])("%s", (_label, amount, orders, expected, applied, remainder) => {
    const result = allocateReceivableOffset(amount, orders, { currencyCode: "EUR" })
    expect(result.allocations.map((a) => [a.order_id, a.amount])).toEqual(expected)
    expect(result.applied).toBe(applied)
    expect(result.remainder).toBe(remainder)
  })

  it("keeps the display ids, and never gives an order more than it owes", () => {
    const { allocations } = allocateReceivableOffset("600", unpaid, { currencyCode: "eur" })
    expect(allocations).toEqual([
      { order_id: "o1", display_id: 1, amount: "385", credit_amount: "385" },
      { order_id: "o2", display_id: 2, amount: "200", credit_amount: "200" },
      { order_id: "o3", display_id: 3, amount: "15", credit_amount: "15" },
    ])
  })

  it("settles an order with Medusa's unrounded pending difference when it pays the invoice's cents, and credits a part as it is", () => {
    // Invoices of 38.34 (38.3367 in Medusa) and 10.13 (10.1349).
    const orders = [
      { ...order("o1", "38.34"), pending_difference: "38.3367" },
      { ...order("o2", "10.13"), pending_difference: "10.1349" },
    ]
    const whole = allocateReceivableOffset("60", orders, { currencyCode: "eur" })
    expect(whole.allocations.map((a) => [a.order_id, a.amount, a.credit_amount])).toEqual([
      ["o1", "38.34", "38.3367"],
      ["o2", "10.13", "10.1349"],
    ])
    expect([whole.applied, whole.remainder]).toEqual(["48.47", "11.53"])
    const part = allocateReceivableOffset("20", orders, { currencyCode: "eur" })
    expect(part.allocations.map((a) => [a.order_id, a.amount, a.credit_amount])).toEqual([["o1", "20", "20"]])
  })

  it("rounds to the currency's decimals", () => {
    const result = allocateReceivableOffset("1000", [order("o1", "999.7")], { currencyCode: "eur", decimals: 0 })
    expect(result).toEqual({ allocations: [{ order_id: "o1", display_id: 1, amount: "999", credit_amount: "999" }], applied: "999", remainder: "1" })
  })

  it.each([["-1"], ["abc"], ["NaN"]])("refuses the amount %s", (amount) => {
    expect(() => allocateReceivableOffset(amount, unpaid, { currencyCode: "eur" })).toThrow(/^amount:/)
  })
})
