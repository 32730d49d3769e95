import { localDateOf, todayKey, toLocalInput } from "../dates"

describe("the date picker's values", () => {
  it("reads a day key as that day's local midnight and writes it back unchanged", () => {
    const date = localDateOf("2026-12-03")!
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 11, 3, 0])
    expect(todayKey(date)).toBe("2026-12-03")
  })

  it("reads a moment key in the browser's time zone and writes it back unchanged", () => {
    expect(toLocalInput(localDateOf("2026-12-12T09:05"))).toBe("2026-12-12T09:05")
  })

  it("keeps a year being typed (2, 20, 202) as that year, not as 1902 or 1920", () => {
    expect(todayKey(localDateOf("0002-11-30")!)).toBe("0002-11-30")
    expect(todayKey(localDateOf("0020-02-29")!)).toBe("0020-02-29")
  })

  it("has no date for a blank or malformed key", () => {
    expect(localDateOf("")).toBeNull()
    expect(localDateOf("3.12.2026")).toBeNull()
  })
})
