import { median, pairedRatio, percentile, ratioOf } from "../bench-stats"

describe("benchmark figures", () => {
  it("takes the nearest-rank percentile, always a measured value", () => {
    const timings = [12, 3, 7, 100, 5, 9, 4, 6, 8, 11]
    expect(percentile(timings, 95)).toBe(100)
    expect(percentile(timings, 90)).toBe(12)
    expect(percentile(timings, 0)).toBe(3)
    expect(percentile(timings, 100)).toBe(100)
  })

  it("gives the median of odd and even counts, without reordering the input", () => {
    const timings = [9, 1, 5]
    expect(median(timings)).toBe(5)
    expect(timings).toEqual([9, 1, 5])
    expect(median([4, 1, 3, 2])).toBe(2)
    expect(median([])).toBeNull()
  })

  it("says how many times the baseline a figure is", () => {
    expect(ratioOf(105, 100)).toBe(1.05)
    expect(ratioOf(10, 3)).toBe(3.33)
    expect(ratioOf(10, 0)).toBeNull()
    expect(ratioOf(null, 3)).toBeNull()
  })

  it("takes the median of the ratios of paired runs, so a slow spell that falls on both runs of a pair cancels", () => {
    // The machine is two and three times as slow for some pairs: each pair is still 1.04 ×.
    expect(pairedRatio([104, 312, 208, 104, 208], [100, 300, 200, 100, 200])).toBe(1.04)
    // The middle of 1.10, 0.90 and 1.30.
    expect(pairedRatio([110, 90, 130], [100, 100, 100])).toBe(1.1)
    expect(pairedRatio([5], [0])).toBeNull()
    expect(pairedRatio([], [])).toBeNull()
  })
})
