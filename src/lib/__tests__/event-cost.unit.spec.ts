import { dealerShare, eventCost, eventScheduleProblem, splitShare } from "../event-cost"

describe("an event's cost and the dealer's share", () => {
  it("charges seats × cost per seat × share %, rounded half-up to cents", () => {
    expect(dealerShare({ seats: 2, cost_per_seat: "150", share_percent: "40", currency_code: "eur" })).toBe("120.00")
    expect(dealerShare({ seats: 1, cost_per_seat: "33.33", share_percent: "50", currency_code: "eur" })).toBe("16.67")
    expect(dealerShare({ seats: 3, cost_per_seat: "1000", share_percent: "0", currency_code: "jpy" })).toBe("0")
  })

  it("pays from event credit first, then money when money may pay", () => {
    expect(splitShare("120.00", { event_credit: "100", money: "50" })).toEqual({ event_credit: "100", money: "20" })
    expect(splitShare("120.00", { event_credit: "500", money: "0" })).toEqual({ event_credit: "120", money: "0" })
    expect(splitShare("120.00", { event_credit: "-5", money: "120" })).toEqual({ event_credit: "0", money: "120" })
  })

  it("refuses what the balances do not cover", () => {
    expect(splitShare("120.00", { event_credit: "100", money: "19.99" })).toBeNull()
    // Money may not pay: event credit alone must cover the share.
    expect(splitShare("120.00", { event_credit: "100", money: null })).toBeNull()
  })

  it("splits the cost between the dealers and the manufacturer", () => {
    expect(eventCost({ seats: 5, cost_per_seat: "150", dealers_paid: "300", currency_code: "eur" })).toEqual({
      cost: "750.00",
      dealers_paid: "300.00",
      manufacturer_paid: "450.00",
    })
  })

  it("wants the deadlines by the start and the start before the end", () => {
    const day = (d: number) => new Date(Date.UTC(2026, 11, d))
    const ok = { starts_at: day(10), ends_at: day(11), registration_deadline: day(8), cancellation_deadline: day(9) }
    expect(eventScheduleProblem(ok)).toBeNull()
    expect(eventScheduleProblem({ ...ok, ends_at: day(10) })).toBe("ends_at: must be after starts_at")
    expect(eventScheduleProblem({ ...ok, cancellation_deadline: day(12) })).toBe(
      "cancellation_deadline: must not be after starts_at"
    )
  })
})
