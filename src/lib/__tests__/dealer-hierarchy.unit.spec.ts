import { buildTree, placementProblem } from "../dealer-hierarchy"

describe("placementProblem", () => {
  it.each([
    ["distributor", null, null],
    ["dealer", null, null],
    ["dealer", "distributor", null],
    ["sub_dealer", "dealer", null],
    ["sub_dealer", "distributor", null],
    ["sub_dealer", null, "a sub-dealer must have a parent dealer or distributor"],
    ["dealer", "dealer", "a dealer cannot sit under a dealer"],
    ["distributor", "dealer", "a distributor cannot sit under a dealer"],
    ["dealer", "sub_dealer", "a dealer cannot sit under a sub-dealer"],
    ["sub_dealer", "sub_dealer", "a sub-dealer cannot sit under a sub-dealer"],
  ] as const)("%s under %s → %s", (child, parent, expected) => {
    expect(placementProblem(child, parent)).toBe(expected)
  })
})

describe("buildTree", () => {
  it("nests rows under the root and ignores rows outside it", () => {
    const tree = buildTree(
      [
        { id: "d1", parent_id: "root-parent" },
        { id: "d2", parent_id: "d1" },
        { id: "d3", parent_id: "d2" },
        { id: "d4", parent_id: "d1" },
      ],
      "d1"
    )
    expect(tree).toEqual({
      id: "d1",
      parent_id: "root-parent",
      children: [
        { id: "d2", parent_id: "d1", children: [{ id: "d3", parent_id: "d2", children: [] }] },
        { id: "d4", parent_id: "d1", children: [] },
      ],
    })
  })

  it("returns null when the root is not among the rows", () => {
    expect(buildTree([{ id: "a", parent_id: null }], "b")).toBeNull()
  })
})
