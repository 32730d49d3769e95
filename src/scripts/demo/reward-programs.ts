// The demo's reward programs defined in code, the way a developer would:
// typed helpers, loaded from the plugin options (medusa-config.ts, when
// DEALER_NETWORK_CODE_PROGRAMS=demo) or saved by the demo seed.
import { condition, defineRewardProgram, rule, tiers } from "../../lib/define-reward-program"

export const DEMO_REWARD_PROGRAMS = [
  defineRewardProgram({
    code: "PLAN-BONUS",
    name: "Monthly plan bonus",
    description: "A bonus for a fulfilled plan with healthy orders, and a stepped volume rebate. Held while invoices are overdue.",
    period_type: "month",
    valid_from: "2026-01-01",
    status: "active",
    currency_code: "eur",
    hold_overdue: true,
    points_per_unit: "10",
    rules: [
      {
        name: "Plan fulfilled",
        definition: rule(
          { type: "fixed", amount: "500" },
          { when: [condition("attainment_percent", "gte", 100), condition("average_order_value", "gte", 1000)] }
        ),
      },
      {
        name: "Volume rebate",
        definition: rule(tiers("stepped", "sales_amount", [[0, 1], [10_000, 2], [50_000, 3]]), { cap: 5_000 }),
      },
      {
        name: "Marketing points on sales",
        definition: rule({ type: "rate", base: "sales_amount", rate_percent: "1" }, { kind: "marketing_points", points_per_unit: 10 }),
      },
    ],
  }),
  defineRewardProgram({
    code: "DISTRIBUTOR-OVERRIDE",
    name: "Distributor override",
    description: "Distributors earn on their sub-network's sales, never on the same sale twice.",
    period_type: "quarter",
    valid_from: "2026-01-01",
    status: "active",
    currency_code: "eur",
    eligibility: { roles: ["distributor"] },
    rules: [
      {
        name: "Sub-network override",
        definition: rule(tiers("retroactive", "sub_network_amount", [[0, 1.5], [25_000, 2.5]])),
      },
    ],
  }),
]
