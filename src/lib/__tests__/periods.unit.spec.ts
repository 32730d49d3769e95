import {
  asOfDayInPeriod,
  dayKeyOf,
  daysOfMonth,
  daysOfPeriod,
  isDayKey,
  isMonthKey,
  lastDayOfMonth,
  monthKeyOf,
  monthsBetween,
  monthsOfPeriod,
  PERIOD_PATTERN,
  periodOfMonth,
  periodTypeOf,
  rewardPeriodsToClose,
  shiftDay,
  shiftMonth,
  windowStart,
} from "../periods"

describe("keys", () => {
  it("a month is YYYY-MM with a month 01–12", () => {
    expect(["2026-01", "2026-12"].every(isMonthKey)).toBe(true)
    expect(["2026-00", "2026-13", "2026-1", "2026-11-01", "26-11"].some(isMonthKey)).toBe(false)
  })

  it("a day is YYYY-MM-DD naming a real calendar day", () => {
    expect(isDayKey("2026-11-30")).toBe(true)
    expect(isDayKey("2028-02-29")).toBe(true)
    expect(isDayKey("2026-11-31")).toBe(false)
    expect(isDayKey("2026-02-29")).toBe(false)
    expect(isDayKey("2026-11-3")).toBe(false)
    expect(isDayKey("2026-11-30T00:00")).toBe(false)
  })

  it("a period is a month, a quarter or a year", () => {
    expect(["2026-11", "2026-Q4", "2026"].every((p) => PERIOD_PATTERN.test(p))).toBe(true)
    expect(["2026-Q5", "2026-Q0", "2026-13", "2026-11-01"].some((p) => PERIOD_PATTERN.test(p))).toBe(false)
    expect(["2026-11", "2026-Q4", "2026"].map(periodTypeOf)).toEqual(["month", "quarter", "year"])
  })
})

describe("the key an instant falls in, in the plugin's time zone", () => {
  it("late on 30 November in UTC is already 1 December in Berlin", () => {
    const lateEvening = new Date("2026-11-30T23:30:00Z")
    expect(monthKeyOf(lateEvening, "UTC")).toBe("2026-11")
    expect(monthKeyOf(lateEvening, "Europe/Berlin")).toBe("2026-12")
    expect(dayKeyOf(lateEvening, "Europe/Berlin")).toBe("2026-12-01")
  })

  it("Berlin in summer is UTC+2: 31 July 22:30 UTC is August there", () => {
    expect(monthKeyOf(new Date("2026-07-31T22:30:00Z"), "Europe/Berlin")).toBe("2026-08")
    expect(monthKeyOf(new Date("2026-07-31T21:30:00Z"), "Europe/Berlin")).toBe("2026-07")
  })

  it("New York is behind: 1 December 03:00 UTC is still 30 November there", () => {
    expect(dayKeyOf(new Date("2026-12-01T03:00:00Z"), "America/New_York")).toBe("2026-11-30")
  })
})

describe("month arithmetic", () => {
  it("adds months across a year end, both ways", () => {
    expect(shiftMonth("2026-11", 2)).toBe("2027-01")
    expect(shiftMonth("2026-12", 1)).toBe("2027-01")
    expect(shiftMonth("2026-01", -1)).toBe("2025-12")
    expect(shiftMonth("2026-11", -11)).toBe("2025-12")
    expect(shiftMonth("2026-11", 25)).toBe("2028-12")
    expect(shiftMonth("2026-11", 0)).toBe("2026-11")
  })

  it("counts months from … to, both included", () => {
    expect(monthsBetween("2026-11", "2026-11")).toBe(1)
    expect(monthsBetween("2026-11", "2027-02")).toBe(4)
    expect(monthsBetween("2026-01", "2028-12")).toBe(36)
  })

  it("a 12-month window ending November 2026 starts December 2025; a 1-month window is the month itself", () => {
    expect(windowStart("2026-11", 12)).toBe("2025-12")
    expect(windowStart("2026-11", 3)).toBe("2026-09")
    expect(windowStart("2026-11", 1)).toBe("2026-11")
  })
})

describe("days", () => {
  it("knows the length of each month, leap years included", () => {
    expect(["2026-11", "2026-12", "2027-02", "2028-02"].map(lastDayOfMonth)).toEqual([
      "2026-11-30", "2026-12-31", "2027-02-28", "2028-02-29",
    ])
    expect(daysOfMonth("2026-02")).toHaveLength(28)
    expect(daysOfMonth("2026-11")[0]).toBe("2026-11-01")
  })

  it("shifts days across month and year ends", () => {
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01")
    expect(shiftDay("2028-03-01", -1)).toBe("2028-02-29")
    expect(shiftDay("2026-03-29", 1)).toBe("2026-03-30")
  })
})

describe("periods", () => {
  it("lists the months of a month, a quarter and a year", () => {
    expect(monthsOfPeriod("2026-11")).toEqual(["2026-11"])
    expect(monthsOfPeriod("2026-Q1")).toEqual(["2026-01", "2026-02", "2026-03"])
    expect(monthsOfPeriod("2026-Q4")).toEqual(["2026-10", "2026-11", "2026-12"])
    expect(monthsOfPeriod("2027")).toEqual([
      "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06",
      "2027-07", "2027-08", "2027-09", "2027-10", "2027-11", "2027-12",
    ])
  })

  it("knows a period's first and last day", () => {
    expect(daysOfPeriod("2026-11")).toEqual({ first: "2026-11-01", last: "2026-11-30" })
    expect(daysOfPeriod("2026-Q1")).toEqual({ first: "2026-01-01", last: "2026-03-31" })
    expect(daysOfPeriod("2028")).toEqual({ first: "2028-01-01", last: "2028-12-31" })
  })

  it.each([
    ["2026-11", "month", "2026-11"],
    ["2026-11", "quarter", "2026-Q4"],
    ["2026-03", "quarter", "2026-Q1"],
    ["2026-04", "quarter", "2026-Q2"],
    ["2026-11", "year", "2026"],
  ] as const)("the month %s lies in the %s %s", (month, type, period) => {
    expect(periodOfMonth(month, type)).toBe(period)
  })

  // A past period reads as of its last day, a future one as of the day before it starts.
  it.each([
    ["2026-10", "2026-11-13", "2026-10-31"],
    ["2026-11", "2026-11-13", "2026-11-13"],
    ["2026-12", "2026-11-13", "2026-11-30"],
    ["2027-03", "2026-12-02", "2027-02-28"],
    ["2028-03", "2026-12-02", "2028-02-29"],
    ["2026-Q3", "2026-11-13", "2026-09-30"],
    ["2026-Q4", "2026-11-13", "2026-11-13"],
    ["2027-Q1", "2026-12-02", "2026-12-31"],
    ["2027", "2026-12-02", "2026-12-31"],
  ])("%s on %s is read as of %s", (period, day, asOf) => {
    expect(asOfDayInPeriod(period, day)).toBe(asOf)
  })
})

describe("rewardPeriodsToClose", () => {
  it.each([
    // In November: October ended, and September is closed again for late returns.
    ["2026-11", ["2026-09", "2026-10"]],
    // In October: September ended Q3 as well; Q2 is closed again.
    ["2026-10", ["2026-08", "2026-09", "2026-Q2", "2026-Q3"]],
    // In January: December ended Q4 and the year.
    ["2027-01", ["2026-11", "2026-12", "2026-Q3", "2026-Q4", "2025", "2026"]],
    // In February: January is closed, December of the year before once more.
    ["2027-02", ["2026-12", "2027-01"]],
  ])("in %s closes %j", (month, periods) => {
    expect(rewardPeriodsToClose(month)).toEqual(periods)
  })
})
