import { agreementChanges, comparable } from "../agreement-changes"

describe("what changed between two agreement versions", () => {
  const v1 = {
    valid_to: null,
    discount_percent: "10.00",
    credit_limit: 50000,
    payment_terms_days: 30,
    conflict_policy: "manual_review",
    restrict_to_assortment: false,
    price_terms: [
      { variant_id: "variant_drill", amount: "99.00", min_quantity: null },
      { variant_id: "variant_drill", amount: "89.50", min_quantity: 10 },
      { variant_id: "variant_saw", amount: "40" },
    ],
    support_commitments: { trainings_per_year: 4, marketing_budget_eur: 20000 },
    reward_program_ids: ["rprog_q", "rprog_focus"],
  }

  it("finds nothing between a version and its copy, whatever the number formatting", () => {
    const copy = {
      ...v1,
      discount_percent: 10,
      credit_limit: "50000.000",
      price_terms: [
        { variant_id: "variant_saw", amount: 40 },
        { variant_id: "variant_drill", amount: "89.5", min_quantity: 10 },
        { variant_id: "variant_drill", amount: 99, min_quantity: 1 },
      ],
    }
    expect(agreementChanges(v1, copy)).toEqual([])
  })

  it("lists changed terms, prices by variant and starting quantity, support and programs", () => {
    const v2 = {
      ...v1,
      discount_percent: "12",
      credit_limit: null,
      conflict_policy: "split",
      split_share_percent: "50",
      price_terms: [
        { variant_id: "variant_drill", amount: "95.00", min_quantity: null },
        { variant_id: "variant_drill", amount: "85", min_quantity: 25 },
      ],
      support_commitments: { trainings_per_year: 6, materials: "Catalogues" },
      reward_program_ids: ["rprog_q", "rprog_growth"],
    }
    expect(agreementChanges(v1, v2)).toEqual([
      { kind: "term", term: "discount_percent", before: "10", after: "12" },
      { kind: "term", term: "credit_limit", before: "50000", after: null },
      { kind: "term", term: "conflict_policy", before: "manual_review", after: "split" },
      { kind: "term", term: "split_share_percent", before: null, after: "50" },
      { kind: "price_changed", variant_id: "variant_drill", min_quantity: 1, before: "99", after: "95" },
      { kind: "price_added", variant_id: "variant_drill", min_quantity: 25, amount: "85" },
      { kind: "price_removed", variant_id: "variant_drill", min_quantity: 10, amount: "89.5" },
      { kind: "price_removed", variant_id: "variant_saw", min_quantity: 1, amount: "40" },
      { kind: "support", key: "trainings_per_year", before: "4", after: "6" },
      { kind: "support", key: "marketing_budget_eur", before: "20000", after: null },
      { kind: "support", key: "materials", before: null, after: "Catalogues" },
      { kind: "program_added", program_id: "rprog_growth" },
      { kind: "program_removed", program_id: "rprog_focus" },
    ])
  })

  it("does not count the end a superseded version got at the handover as a change", () => {
    const superseded = { valid_from: "2026-01-01T00:00:00.000Z", valid_to: "2026-06-01T00:00:00.000Z", discount_percent: 8 }
    const next = { valid_from: "2026-06-01T00:00:00.000Z", valid_to: null, discount_percent: 10 }
    expect(agreementChanges(superseded, next)).toEqual([{ kind: "term", term: "discount_percent", before: "8", after: "10" }])
  })

  it("compares dates as moments and booleans as booleans", () => {
    expect(comparable("2027-01-01T00:00:00.000Z")).toBe(comparable(new Date("2027-01-01T00:00:00Z")))
    expect(
      agreementChanges(
        { valid_to: null, restrict_to_assortment: false },
        { valid_to: "2027-01-01T00:00:00.000Z", restrict_to_assortment: true }
      )
    ).toEqual([
      { kind: "term", term: "valid_to", before: null, after: "2027-01-01T00:00:00.000Z" },
      { kind: "term", term: "restrict_to_assortment", before: false, after: true },
    ])
  })
})
