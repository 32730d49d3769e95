import {
  awardPrizes,
  contestMonthShares,
  contestProblem,
  ContestPrizeRow,
  gapToAbove,
  prizeRowsWon,
  rankEntries,
  sameDayLastYear,
} from "../contest-prizes"

const entry = (dealer_id: string, value: string | null, reached_at: string | null = null) => ({ dealer_id, value, reached_at })

describe("a contest's ranking", () => {
  const entries = [
    entry("d_a", "500.00", "2026-11-10T10:00:00Z"),
    entry("d_b", "800.00", "2026-11-12T10:00:00Z"),
    entry("d_c", "500.00", "2026-11-05T10:00:00Z"),
    entry("d_d", "0", null),
    entry("d_e", null, null),
    entry("d_f", "120.50", "2026-11-02T10:00:00Z"),
  ]

  it("shares a rank between equal figures and skips the next (1, 2, 2, 4), the rest unranked", () => {
    expect(rankEntries(entries, "shared").map((e) => [e.dealer_id, e.rank])).toEqual([
      ["d_b", 1],
      ["d_a", 2],
      ["d_c", 2],
      ["d_f", 4],
      ["d_d", null],
      ["d_e", null],
    ])
  })

  it("under `earliest`, puts first the dealer that reached the figure first", () => {
    expect(rankEntries(entries, "earliest").map((e) => [e.dealer_id, e.rank])).toEqual([
      ["d_b", 1],
      ["d_c", 2],
      ["d_a", 3],
      ["d_f", 4],
      ["d_d", null],
      ["d_e", null],
    ])
  })

  it("still shares under `earliest` when both reached the figure at the same instant", () => {
    const same = [entry("d_x", "10", "2026-11-01T00:00:00Z"), entry("d_y", "10", "2026-11-01T00:00:00Z")]
    expect(rankEntries(same, "earliest").map((e) => e.rank)).toEqual([1, 1])
  })
})

describe("a contest's prizes", () => {
  const prizes: ContestPrizeRow[] = [
    { basis: "rank", rank: 1, amount: "300" },
    { basis: "rank", rank: 2, amount: "200" },
    { basis: "top", count: 3, amount: "50" },
    { basis: "threshold", threshold: "500", amount: "25.5" },
  ]

  it("gives each tied dealer the shared rank's prize in full, and every row a dealer qualifies for", () => {
    const awarded = awardPrizes(
      [entry("d_a", "500"), entry("d_b", "800"), entry("d_c", "500"), entry("d_f", "120.50"), entry("d_d", "0")],
      { tieRule: "shared", prizes, precision: 2 }
    )
    expect(awarded.map((e) => [e.dealer_id, e.rank, e.prize_rows, e.prize_amount])).toEqual([
      // 300 (1st) + 50 (top 3) + 25.50 (≥ 500)
      ["d_b", 1, [1, 3, 4], "375.50"],
      // 200 (2nd, shared: each in full) + 50 + 25.50
      ["d_a", 2, [2, 3, 4], "275.50"],
      ["d_c", 2, [2, 3, 4], "275.50"],
      // rank 4: outside the top 3, below the threshold
      ["d_f", 4, [], "0.00"],
      ["d_d", null, [], "0.00"],
    ])
  })

  it("lets ties at the edge of a top N in, and pays whole points for points", () => {
    const top: ContestPrizeRow[] = [{ basis: "top", count: 1, amount: "1000" }]
    const awarded = awardPrizes([entry("d_a", "7"), entry("d_b", "7")], { tieRule: "shared", prizes: top, precision: 0 })
    expect(awarded.map((e) => e.prize_amount)).toEqual(["1000", "1000"])
  })

  it("gives nothing to an unranked dealer, even above a threshold of 0", () => {
    expect(prizeRowsWon({ rank: null, value: "0" }, [{ basis: "threshold", threshold: "0", amount: "1" }])).toEqual([])
  })
})

describe("the gap to the rank above", () => {
  const standings = [
    { dealer_id: "d_b", rank: 1, value: "800" },
    { dealer_id: "d_a", rank: 2, value: "500" },
    { dealer_id: "d_c", rank: 2, value: "500" },
    { dealer_id: "d_f", rank: 4, value: "120.5" },
    { dealer_id: "d_d", rank: null, value: "0" },
    { dealer_id: "d_e", rank: null, value: null },
  ]

  it("is the lowest better figure minus mine", () => {
    expect(gapToAbove(standings, "d_a")).toBe("300")
    expect(gapToAbove(standings, "d_f")).toBe("379.5")
    expect(gapToAbove(standings, "d_d")).toBe("120.5")
  })

  it("is null for the leader and for a dealer without a figure", () => {
    expect(gapToAbove(standings, "d_b")).toBeNull()
    expect(gapToAbove(standings, "d_e")).toBeNull()
  })
})

describe("a contest's calendar", () => {
  it("counts the days of each month inside the contest", () => {
    expect(contestMonthShares("2026-11-20", "2026-12-05")).toEqual([
      { month: "2026-11", days: 11, month_days: 30 },
      { month: "2026-12", days: 5, month_days: 31 },
    ])
  })

  it("reads the same dates a year earlier, 29 February as the 28th", () => {
    expect(sameDayLastYear("2026-11-20")).toBe("2025-11-20")
    expect(sameDayLastYear("2028-02-29")).toBe("2027-02-28")
  })

  it("refuses days out of order, a focus metric without a focus, and two rows for one rank", () => {
    const base = { starts_on: "2026-11-01", ends_on: "2026-11-30", metric: "sales_amount", prizes: [] }
    expect(contestProblem(base)).toBeNull()
    expect(contestProblem({ ...base, ends_on: "2026-10-31" })).toBe("ends_on: must be on or after starts_on")
    expect(contestProblem({ ...base, metric: "focus_amount" })).toMatch(/^focus_key: /)
    expect(
      contestProblem({ ...base, prizes: [{ basis: "rank", rank: 1, amount: "1" }, { basis: "rank", rank: 1, amount: "2" }] })
    ).toBe("prizes: rank 1 has two prize rows")
  })
})
