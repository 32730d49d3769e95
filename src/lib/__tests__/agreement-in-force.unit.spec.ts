import { agreementInForce, isAgreementInForce } from "../agreement-in-force"

const at = (day: string) => new Date(`${day}T00:00:00.000Z`)

describe("the agreement in force at a moment", () => {
  const versions = [
    { id: "v1", status: "expired", valid_from: "2026-01-01T00:00:00.000Z", valid_to: "2026-04-01T00:00:00.000Z" },
    { id: "v2", status: "terminated", valid_from: "2026-04-01T00:00:00.000Z", valid_to: "2026-06-15T00:00:00.000Z" },
    { id: "v3", status: "draft", valid_from: "2026-06-15T00:00:00.000Z", valid_to: null },
    { id: "v4", status: "active", valid_from: "2026-07-01T00:00:00.000Z", valid_to: null },
  ]

  it("counts a version that took effect, from valid_from inclusive to valid_to exclusive", () => {
    expect(isAgreementInForce(versions[0], at("2026-01-01"))).toBe(true)
    expect(isAgreementInForce(versions[0], at("2026-04-01"))).toBe(false)
    expect(isAgreementInForce(versions[1], at("2026-05-01"))).toBe(true)
    // A draft never took effect.
    expect(isAgreementInForce(versions[2], at("2026-06-20"))).toBe(false)
    expect(isAgreementInForce(versions[3], at("2099-01-01"))).toBe(true)
  })

  it("picks the latest version to start among those in force", () => {
    expect(
      ["2025-12-31", "2026-03-31", "2026-04-01", "2026-06-20", "2026-07-01"].map(
        (day) => agreementInForce(versions, at(day))?.id ?? null
      )
    ).toEqual([null, "v1", "v2", null, "v4"])
    const overlapping = [versions[3], { ...versions[3], id: "v5", valid_from: "2026-08-01T00:00:00.000Z" }]
    expect(agreementInForce(overlapping, at("2026-09-01"))?.id).toBe("v5")
  })
})
