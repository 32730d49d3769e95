import { entityIds } from "../entity-ids"

describe("ids for bulk inserts", () => {
  it("writes the prefix and a ULID whose first ten characters are the time, as the ULID spec's example", () => {
    const [id] = entityIds("dracc", 1, 1469918176385)
    expect(id).toMatch(/^dracc_01ARYZ6S41[0-9A-HJKMNP-TV-Z]{16}$/)
  })

  it("gives every id its own random part, and later ids sort after earlier ones", () => {
    const ids = entityIds("dplan", 5000, 1764720000000)
    expect(new Set(ids).size).toBe(5000)
    const randomChars = new Set(ids.flatMap((id) => [...id.slice("dplan_".length + 10)]))
    expect(randomChars.size).toBe(32)
    const [later] = entityIds("dplan", 1, 1764720000001)
    expect(ids.every((id) => id < later)).toBe(true)
  })
})
