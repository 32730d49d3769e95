import { benefitLines, benefitsFromLines } from "../tier-benefits"

describe("tier benefits as lines", () => {
  it("reads name: value lines, keeping numbers and booleans, skipping blank and incomplete lines", () => {
    expect(
      benefitsFromLines("marketing_points_multiplier: 1.5\n\ntraining_seats_per_year: 3\ndemo_tool_pool: true\nnote\nempty:\nhotline: 8-800: 24/7")
    ).toEqual({ marketing_points_multiplier: 1.5, training_seats_per_year: 3, demo_tool_pool: true, hotline: "8-800: 24/7" })
  })

  it("answers null for no benefits, so the tier stores none", () => {
    expect(benefitsFromLines("")).toBeNull()
    expect(benefitsFromLines("  \n just words\n")).toBeNull()
  })

  it("writes the lines back in the object's order, round-tripping what it reads", () => {
    const benefits = { training_seats_per_year: 3, demo_tool_pool: false, manager: "Anna" }
    expect(benefitLines(benefits)).toEqual(["training_seats_per_year: 3", "demo_tool_pool: false", "manager: Anna"])
    expect(benefitsFromLines(benefitLines(benefits).join("\n"))).toEqual(benefits)
    expect(benefitLines(null)).toEqual([])
  })
})
