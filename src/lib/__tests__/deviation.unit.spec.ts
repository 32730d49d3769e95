import { averageAmount, monthDeviation, periodDeviation, splitAnnualTarget, workingDays } from "../deviation"
import { asOfDayInPeriod } from "../periods"

describe("workingDays", () => {
  it("counts November 2026 without weekends: 21 days, 10 of them by Friday the 13th", () => {
    expect(workingDays("2026-11", "2026-11-13")).toEqual({ total: 21, elapsed: 10 })
  })

  it("leaves holidays out too", () => {
    const calendar = { weekendDays: [0, 6], holidays: ["2026-02-16"] }
    expect(workingDays("2026-02", "2026-02-28", calendar)).toEqual({ total: 19, elapsed: 19 })
    expect(workingDays("2026-02", "2026-02-16", calendar)).toEqual({ total: 19, elapsed: 10 })
  })

  it("counts a weekend day as no progress of the month", () => {
    expect(workingDays("2026-11", "2026-11-14")).toEqual(workingDays("2026-11", "2026-11-13"))
  })
})

describe("monthDeviation", () => {
  it("mid-month: behind by 1,500 (−15 %) and heading for 17,850 of 21,000", () => {
    expect(
      monthDeviation({ periodKey: "2026-11", target: "21000", actual: "8500", asOf: "2026-11-13" })
    ).toEqual({
      working_days_total: 21,
      working_days_elapsed: 10,
      expected_to_date: "10000.00",
      actual_to_date: "8500.00",
      deviation: "-1500.00",
      deviation_percent: "-15.00",
      attainment_percent: "40.48",
      projected: "17850.00",
      projected_gap: "-3150.00",
    })
  })

  it("keeps cents exact", () => {
    const result = monthDeviation({ periodKey: "2026-11", target: "1000.10", actual: "600.07", asOf: "2026-11-20" })
    // 15 of 21 working days: expected 1000.10 × 15/21 = 714.357… → 714.36
    expect(result).toMatchObject({
      working_days_elapsed: 15,
      expected_to_date: "714.36",
      deviation: "-114.29",
      projected: "840.10",
    })
  })

  it("before the first working day nothing is expected yet", () => {
    const result = monthDeviation({ periodKey: "2026-11", target: "5000", actual: "0", asOf: "2026-11-01" })
    expect(result).toMatchObject({
      working_days_elapsed: 0,
      expected_to_date: "0.00",
      deviation_percent: null,
      projected: "0.00",
      projected_gap: "-5000.00",
    })
  })

  it("reports no attainment without a target", () => {
    expect(monthDeviation({ periodKey: "2026-11", target: 0, actual: 10, asOf: "2026-11-30" }).attainment_percent).toBeNull()
  })
})

describe("splitAnnualTarget", () => {
  it("splits by seasonality weights and keeps the annual total to the cent", () => {
    const weights = [...Array(11).fill("8.33"), "8.37"]
    const months = splitAnnualTarget("1000", weights)
    expect(months.slice(0, 11)).toEqual(Array(11).fill("83.30"))
    expect(months[11]).toBe("83.70")
  })

  it("puts the rounding remainder in December", () => {
    const months = splitAnnualTarget("100", Array(12).fill("8.333333333333333333").map((w, i) => (i === 11 ? "8.333333333333333337" : w)))
    expect(months.reduce((sum, m) => sum + Math.round(Number(m) * 100), 0)).toBe(10000)
  })

  it("refuses weights that do not sum to 100 or are not 12", () => {
    expect(() => splitAnnualTarget("1000", Array(12).fill("8"))).toThrow("weights: must sum to 100 (they sum to 96)")
    expect(() => splitAnnualTarget("1000", Array(11).fill("10"))).toThrow("12 monthly weights")
  })
})

describe("a future period", () => {
  it("is read as of the day before it, with nothing expected yet", () => {
    const asOf = asOfDayInPeriod("2027-03", "2026-12-02")
    expect(periodDeviation({ months: [{ periodKey: "2027-03", target: "23000" }], actual: "0", asOf })).toMatchObject({
      working_days_total: 23,
      working_days_elapsed: 0,
      expected_to_date: "0.00",
    })
  })
})

describe("periodDeviation (quarter and year roll-ups)", () => {
  it("expects each month's own plan by its share of working days: Q4 2026 on 13 November", () => {
    // October 2026 has 22 working days, November 21 (10 elapsed by the 13th), December 23.
    const result = periodDeviation({
      months: [
        { periodKey: "2026-10", target: "10000" },
        { periodKey: "2026-11", target: "21000" },
        { periodKey: "2026-12", target: "30000" },
      ],
      actual: "19000",
      asOf: "2026-11-13",
    })
    expect(result).toMatchObject({
      working_days_total: 66,
      working_days_elapsed: 32,
      expected_to_date: "20000.00", // 10000 + 21000 × 10/21 + 0
      deviation: "-1000.00",
      deviation_percent: "-5.00",
      attainment_percent: "31.15", // 19000 / 61000
      projected: "39187.50", // 19000 / 32 × 66
    })
  })

  it("is the monthly figure for a single month", () => {
    const month = { periodKey: "2026-11", target: "21000", actual: "8500", asOf: "2026-11-13" }
    expect(periodDeviation({ months: [month], actual: month.actual, asOf: month.asOf })).toEqual(monthDeviation(month))
  })
})

describe("money in the currency's precision", () => {
  it("rounds once, to the currency's minor unit: a yen plan on 1 March 2027 (1 of 23 working days)", () => {
    // Expected to date: 2311.385 × 1/23 = 100.495 yen, which is 100 yen; rounding to cents first would say 101.
    const result = periodDeviation({
      months: [{ periodKey: "2027-03", target: "2311.385" }],
      actual: "0",
      asOf: "2027-03-01",
      moneyDecimals: 0,
    })
    expect(result).toMatchObject({ expected_to_date: "100", deviation: "-100", actual_to_date: "0", projected: "0" })
  })

  it("gives an average order value in the currency's minor unit", () => {
    expect(averageAmount("1000.49", 1, 0)).toBe("1000")
    expect(averageAmount("100", 3)).toBe("33.33")
    expect(averageAmount("100", 0)).toBeNull()
  })
})
