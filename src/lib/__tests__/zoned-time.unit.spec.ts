import { endOfDayInstant, startOfDayInstant } from "../zoned-time"

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
