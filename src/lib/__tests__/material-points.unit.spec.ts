import { adjustedStock, mergeLines, pointsShortfall, priceRequest, tierAllows } from "../material-points"

const poster = { id: "m1", code: "POSTER-A1", title: "Poster A1", points_price: "40", stock: 10, tier_ids: [], is_active: true }
const stand = { id: "m2", code: "STAND", title: "Display stand", points_price: "1250.5", stock: 1, tier_ids: ["gold"], is_active: true }
const kit = { id: "m3", code: "KIT", title: "Digital kit", points_price: "0", stock: null, tier_ids: [], is_active: true }

describe("marketing materials for points", () => {
  it("prices each line as quantity × points each and adds them up", () => {
    expect(priceRequest([{ material_id: "m1", quantity: 3 }, { material_id: "m2", quantity: 1 }, { material_id: "m3", quantity: 50 }], [poster, stand, kit], "gold")).toEqual({
      lines: [
        { material_id: "m1", code: "POSTER-A1", title: "Poster A1", quantity: 3, points_each: "40", points_total: "120" },
        { material_id: "m2", code: "STAND", title: "Display stand", quantity: 1, points_each: "1250.5", points_total: "1250.5" },
        { material_id: "m3", code: "KIT", title: "Digital kit", quantity: 50, points_each: "0", points_total: "0" },
      ],
      total_points: "1370.5",
    })
  })

  it("refuses a material out of stock, of another tier, withdrawn or unknown, naming the line", () => {
    expect(priceRequest([{ material_id: "m1", quantity: 11 }], [poster], null)).toEqual({
      problem: "lines.0.quantity: 10 of POSTER-A1 in stock; 11 asked",
    })
    expect(priceRequest([{ material_id: "m1", quantity: 1 }, { material_id: "m2", quantity: 1 }], [poster, stand], "silver")).toEqual({
      problem: "lines.1.material_id: STAND is reserved for other partner tiers",
    })
    expect(priceRequest([{ material_id: "m1", quantity: 1 }], [{ ...poster, is_active: false }], null)).toEqual({
      problem: "lines.0.material_id: POSTER-A1 is not offered any more",
    })
    expect(priceRequest([{ material_id: "nope", quantity: 1 }], [poster], null)).toEqual({ problem: "lines.0.material_id: no material nope" })
  })

  it("opens a material to every dealer when it names no tier, else only to the tiers named", () => {
    expect(tierAllows([], null)).toBe(true)
    expect(tierAllows(["gold"], "gold")).toBe(true)
    expect(tierAllows(["gold"], "silver")).toBe(false)
    expect(tierAllows(["gold"], null)).toBe(false)
  })

  it("merges a material asked twice into one line", () => {
    expect(mergeLines([{ material_id: "m1", quantity: 2 }, { material_id: "m2", quantity: 1 }, { material_id: "m1", quantity: 3 }])).toEqual([
      { material_id: "m1", quantity: 5 },
      { material_id: "m2", quantity: 1 },
    ])
  })

  it("states the figures when the points do not cover a request", () => {
    expect(pointsShortfall("450", "300")).toBe("points: the request needs 450 marketing points; the dealer's balance is 300")
    expect(pointsShortfall("450", "450.00")).toBeNull()
  })

  it("adjusts stock by a signed amount, never below zero, or sets it", () => {
    expect(adjustedStock(3, { adjustment: 20 })).toEqual({ stock: 23 })
    expect(adjustedStock(3, { adjustment: -3 })).toEqual({ stock: 0 })
    expect(adjustedStock(3, { adjustment: -5 })).toEqual({ problem: "adjustment: 3 in stock; taking 5 would leave -2" })
    expect(adjustedStock(null, { adjustment: 5 })).toEqual({ problem: "adjustment: the stock is unlimited; set a stock first" })
    expect(adjustedStock(3, { adjustment: 2_147_483_647 })).toEqual({ problem: "adjustment: 3 in stock; the stock holds at most 2147483647" })
    expect(adjustedStock(null, { stock: 12 })).toEqual({ stock: 12 })
    expect(adjustedStock(12, { stock: null })).toEqual({ stock: null })
  })
})
