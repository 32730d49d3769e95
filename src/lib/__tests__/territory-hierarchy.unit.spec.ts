import { normalizePostalCode, territoryPlacementProblem } from "../territory-hierarchy"

describe("territoryPlacementProblem", () => {
  it.each([
    ["country", null, null],
    ["region", "country", null],
    ["city", "region", null],
    ["city", "country", null],
    ["region", null, "a region must have a parent territory"],
    ["country", "country", "a country cannot sit under a country"],
    ["region", "city", "a region cannot sit under a city"],
  ] as const)("%s under %s → %s", (type, parent, expected) => {
    expect(territoryPlacementProblem(type, parent)).toBe(expected)
  })
})

describe("normalizePostalCode", () => {
  it("drops spaces and dashes and upper-cases", () => {
    expect(normalizePostalCode(" sw1a 1aa")).toBe("SW1A1AA")
    expect(normalizePostalCode("00-950")).toBe("00950")
  })
})
