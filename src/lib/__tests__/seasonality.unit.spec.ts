import { splitAnnualTarget } from "../deviation"
import { seasonalityWeightsProblem } from "../seasonality"

describe("seasonality weights", () => {
  const even = Array(12).fill(100 / 12)
  const shop = [5, 5, 7, 9, 10, 10, 8, 7, 9, 10, 11, 9]

  it("accepts 12 non-negative weights summing to exactly 100", () => {
    expect(seasonalityWeightsProblem(shop)).toBeNull()
    expect(seasonalityWeightsProblem([8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.37])).toBeNull()
    expect(seasonalityWeightsProblem([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBeNull()
  })

  it("refuses the wrong count, negatives and sums that are off by a float's worth", () => {
    expect(seasonalityWeightsProblem(shop.slice(1))).toMatch(/12 monthly weights/)
    expect(seasonalityWeightsProblem([...shop.slice(0, 11), -9])).toMatch(/month 12/)
    // 100 / 12 in floats does not add up to exactly 100 in decimals.
    expect(seasonalityWeightsProblem(even)).toMatch(/must sum to exactly 100/)
    expect(seasonalityWeightsProblem([...shop.slice(0, 11), 9.01])).toBe("must sum to exactly 100 (they sum to 100.01)")
  })

  it("splits 120000 by a profile into 12 months adding up to the cent", () => {
    const months = splitAnnualTarget("120000", [7.77, 7.77, 7.77, 8.33, 8.33, 8.33, 8.33, 8.33, 8.34, 8.9, 8.9, 8.9])
    expect(months).toHaveLength(12)
    expect(months[0]).toBe("9324.00")
    const total = months.reduce((sum, m) => sum + Math.round(Number(m) * 100), 0)
    expect(total).toBe(12_000_000)
  })
})
