import { endOfDayInstant, isKnownTimeZone, isValidDuring, periodInstants, startOfDayInstant } from "../zoned-time"

describe("startOfDayInstant / endOfDayInstant", () => {
  it("UTC days are plain", () => {
    expect(startOfDayInstant("2026-11-26", "UTC").toISOString()).toBe("2026-11-26T00:00:00.000Z")
    expect(endOfDayInstant("2026-11-30", "UTC").toISOString()).toBe("2026-11-30T23:59:59.999Z")
  })

  it("Berlin in winter is UTC+1, in summer UTC+2", () => {
    expect(startOfDayInstant("2026-11-26", "Europe/Berlin").toISOString()).toBe("2026-11-25T23:00:00.000Z")
    expect(startOfDayInstant("2026-07-01", "Europe/Berlin").toISOString()).toBe("2026-06-30T22:00:00.000Z")
  })

  it("the day daylight saving starts in Berlin has 23 hours", () => {
    // 29 March 2026: clocks go from 02:00 to 03:00.
    expect(endOfDayInstant("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-29T21:59:59.999Z")
  })

  it("New York is behind UTC: its 30 November ends at 05:00 UTC on 1 December", () => {
    expect(endOfDayInstant("2026-11-30", "America/New_York").toISOString()).toBe("2026-12-01T04:59:59.999Z")
  })
})

describe("periodInstants", () => {
  it.each([
    // Berlin in winter is UTC+1.
    ["2026-11", "Europe/Berlin", "2026-10-31T23:00:00.000Z", "2026-11-30T22:59:59.999Z"],
    // Starts in summer time (UTC+2), ends in winter time: clocks go back on 25 October.
    ["2026-10", "Europe/Berlin", "2026-09-30T22:00:00.000Z", "2026-10-31T22:59:59.999Z"],
    // Starts in winter time, ends in summer time: clocks go forward on 29 March.
    ["2026-Q1", "Europe/Berlin", "2025-12-31T23:00:00.000Z", "2026-03-31T21:59:59.999Z"],
    ["2026", "UTC", "2026-01-01T00:00:00.000Z", "2026-12-31T23:59:59.999Z"],
  ])("%s in %s runs from %s to %s", (period, timeZone, starts, ends) => {
    expect(periodInstants(period, timeZone)).toEqual({ starts: new Date(starts), ends: new Date(ends) })
  })
})

describe("isValidDuring", () => {
  // A program valid from 1 November 00:00 Berlin time, stored as an instant.
  const fromNovember = { valid_from: "2026-10-31T23:00:00.000Z", valid_to: null }

  it("a program valid from 1 November in Berlin does not run in October there", () => {
    expect(isValidDuring(fromNovember, "2026-10", "Europe/Berlin")).toBe(false)
    expect(isValidDuring(fromNovember, "2026-11", "Europe/Berlin")).toBe(true)
    expect(isValidDuring(fromNovember, "2026-Q4", "Europe/Berlin")).toBe(true)
  })

  it("a program that ends on 30 September 23:59 Berlin time does not run in October there; one ending 1 October 01:00 does", () => {
    const untilSeptember = { valid_from: "2026-01-01T00:00:00.000Z", valid_to: "2026-09-30T21:59:59.999Z" }
    expect(isValidDuring(untilSeptember, "2026-10", "Europe/Berlin")).toBe(false)
    expect(isValidDuring(untilSeptember, "2026-09", "Europe/Berlin")).toBe(true)
    const intoOctober = { ...untilSeptember, valid_to: "2026-09-30T23:00:00.000Z" }
    expect(isValidDuring(intoOctober, "2026-10", "Europe/Berlin")).toBe(true)
  })

  it("an open-ended program runs in every period from its start", () => {
    expect(isValidDuring({ valid_from: new Date("2026-01-01T00:00:00Z") }, "2030", "UTC")).toBe(true)
    expect(isValidDuring({ valid_from: new Date("2026-01-01T00:00:00Z") }, "2025-12", "UTC")).toBe(false)
  })
})

describe("isKnownTimeZone", () => {
  it("accepts IANA names and refuses others", () => {
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true)
    expect(isKnownTimeZone("UTC")).toBe(true)
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false)
  })
})
