import { median, percentile, ratioOf } from "../bench-stats"

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
})
