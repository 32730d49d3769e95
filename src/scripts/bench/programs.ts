import { condition, defineRewardProgram, rule, tiers } from "../../lib/define-reward-program"

// The benchmark's five monthly programs: tiered, focus and override rules over
// the focus keys the seeded ledger sells (see seed.ts).
const monthly = { period_type: "month" as const, valid_from: "2025-01-01", status: "active" as const, currency_code: "eur" }

export const BENCH_PROGRAMS = [
  defineRewardProgram({
    ...monthly,
    code: "BENCH-PLAN",
    name: "Plan bonus",
    rules: [
      { name: "Plan met", definition: rule({ type: "fixed", amount: "250" }, { when: [condition("attainment_percent", "gte", 100)] }) },
      { name: "Stepped rebate", definition: rule(tiers("stepped", "sales_amount", [[0, 1], [4000, 2], [6000, 3]]), { cap: 500 }) },
    ],
  }),
  defineRewardProgram({
    ...monthly,
    code: "BENCH-VOLUME",
    name: "Volume rebate",
    rules: [
      {
        name: "Retroactive rebate",
        definition: rule(tiers("retroactive", "sales_amount", [[0, 0.5], [3000, 1.5], [5000, 2.5]]), {
          when: [condition("order_count", "gte", 3)],
        }),
      },
    ],
  }),
  defineRewardProgram({
    ...monthly,
    code: "BENCH-FOCUS-CAT",
    name: "Focus category",
    rules: [
      { name: "Category rate", definition: rule({ type: "rate", base: "focus_amount", focus_key: "category:pcat_3", rate_percent: "4" }) },
      {
        name: "Garden family points",
        definition: rule(
          { type: "rate", base: "focus_amount", focus_key: "category:pcat_root1", rate_percent: "2" },
          { kind: "marketing_points", points_per_unit: 10 }
        ),
      },
    ],
  }),
  defineRewardProgram({
    ...monthly,
    code: "BENCH-FOCUS-PRODUCT",
    name: "Focus product",
    rules: [
      {
        name: "Product units",
        definition: rule({ type: "fixed", amount: "75" }, { when: [condition("focus_quantity", "gte", 10, "product:prod_2")] }),
      },
    ],
  }),
  defineRewardProgram({
    ...monthly,
    code: "BENCH-OVERRIDE",
    name: "Sub-network override",
    eligibility: { roles: ["distributor", "dealer"] },
    rules: [
      { name: "Override", definition: rule(tiers("retroactive", "sub_network_amount", [[0, 1], [50_000, 2]]), { kind: "event_credit" }) },
    ],
  }),
]
