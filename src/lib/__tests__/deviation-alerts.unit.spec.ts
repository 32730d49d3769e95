import { commitmentShortfall, decideDeviationAlerts } from "../deviation-alerts"

// November 2026: 21 working days; on Friday the 13th, 10 of them have passed.
// Plan 21,000 → expected to date 10,000.
const midMonth = (actual: string, projected: string) => ({
  target_amount: "21000",
  expected_amount: "10000.00",
  actual_amount: actual,
  projected_amount: projected,
  working_days_elapsed: 10,
})

describe("decideDeviationAlerts", () => {
  it("8,500 of 10,000 expected is 15 % behind: over a 10 % threshold, and the run-rate (17,850) misses 21,000 by 15 %", () => {
    expect(decideDeviationAlerts(midMonth("8500", "17850.00"), { percent: 10 })).toEqual({
      behind_plan: true,
      projection_miss: true,
      shortfall: "1500.00",
      projected_shortfall: "3150.00",
    })
  })

  it("9,100 of 10,000 is 9 % behind: inside a 10 % threshold, no alert", () => {
    const decision = decideDeviationAlerts(midMonth("9100", "19110.00"), { percent: 10 })
    expect(decision).toMatchObject({ behind_plan: false, projection_miss: false, shortfall: "900.00" })
  })

  it("exactly at the threshold is not more than it: 9,000 of 10,000 with 10 %", () => {
    expect(decideDeviationAlerts(midMonth("9000", "18900.00"), { percent: 10 }).behind_plan).toBe(false)
    expect(decideDeviationAlerts(midMonth("8999.99", "18899.98"), { percent: 10 }).behind_plan).toBe(true)
  })

  it("an amount threshold must be exceeded as well: 1,500 short is not more than 2,000", () => {
    const decision = decideDeviationAlerts(midMonth("8500", "17850.00"), { percent: 10, amount: 2000 })
    expect(decision).toMatchObject({ behind_plan: false, projection_miss: true, projected_shortfall: "3150.00" })
    expect(decideDeviationAlerts(midMonth("8500", "17850.00"), { percent: 10, amount: 1499.99 }).behind_plan).toBe(true)
  })

  it("ahead of plan: no shortfall at all", () => {
    expect(decideDeviationAlerts(midMonth("12000", "25200.00"), { percent: 0 })).toEqual({
      behind_plan: false,
      projection_miss: false,
      shortfall: "0.00",
      projected_shortfall: "0.00",
    })
  })

  it("before the first working day nothing is expected and there is no run-rate", () => {
    const standing = { ...midMonth("0", "0"), expected_amount: "0.00", working_days_elapsed: 0 }
    expect(decideDeviationAlerts(standing, { percent: 0 })).toMatchObject({ behind_plan: false, projection_miss: false })
  })

  it("a zero plan is never missed", () => {
    const standing = { target_amount: "0", expected_amount: "0.00", actual_amount: "0", projected_amount: "0", working_days_elapsed: 5 }
    expect(decideDeviationAlerts(standing, { percent: 0 })).toMatchObject({ behind_plan: false, projection_miss: false })
  })
})

describe("commitmentShortfall", () => {
  it("a 5,000 monthly commitment with 620.95 sold is 4,379.05 short", () => {
    expect(commitmentShortfall("5000", "620.95")).toEqual({
      commitment: "5000.00",
      actual: "620.95",
      shortfall: "4379.05",
    })
  })

  it("met or without a commitment: null", () => {
    expect(commitmentShortfall("5000", "5000")).toBeNull()
    expect(commitmentShortfall(null, "0")).toBeNull()
  })

  it("returns net of cancellations may leave a negative turnover; the shortfall is the whole commitment and more", () => {
    expect(commitmentShortfall(100, "-20.5")).toEqual({ commitment: "100.00", actual: "-20.50", shortfall: "120.50" })
  })
})
