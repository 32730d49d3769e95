import { monthsToCatchUp, RecordedRun, STALE_RUN_MS } from "../catch-up"

const now = new Date("2026-12-02T04:00:00Z")
const run = (period_key: string, status: RecordedRun["status"], started_at = now): RecordedRun => ({
  period_key,
  status,
  started_at,
})

describe("monthsToCatchUp", () => {
  it("with nothing recorded owes only the month that just ended", () => {
    expect(monthsToCatchUp("2026-12", [], now)).toEqual(["2026-11"])
  })

  it("owes nothing once the month that ended is done", () => {
    expect(monthsToCatchUp("2026-12", [run("2026-10", "succeeded"), run("2026-11", "succeeded")], now)).toEqual([])
  })

  it("catches up every month after the newest recorded one, across a year end", () => {
    expect(monthsToCatchUp("2027-02", [run("2026-10", "succeeded")], now)).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
    ])
  })

  it("retries a failed month and takes over a run that went stale, but not one still running", () => {
    const stale = new Date(now.getTime() - STALE_RUN_MS - 1)
    expect(
      monthsToCatchUp("2026-12", [run("2026-09", "failed"), run("2026-10", "running", stale), run("2026-11", "running")], now)
    ).toEqual(["2026-09", "2026-10"])
  })

  it("goes back at most twelve months", () => {
    const months = monthsToCatchUp("2026-12", [run("2024-03", "succeeded"), run("2024-01", "failed")], now)
    expect(months[0]).toBe("2025-12")
    expect(months).toHaveLength(12)
    expect(months[11]).toBe("2026-11")
  })

  it("never owes the running month or a future one", () => {
    expect(monthsToCatchUp("2026-12", [run("2026-12", "failed"), run("2027-01", "failed")], now)).toEqual([
      "2026-11",
    ])
  })
})
