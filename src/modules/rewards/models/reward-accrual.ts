import { model } from "@medusajs/framework/utils"
import { ACCRUAL_STATUSES, REWARD_KINDS } from "../../../types/rewards"

/**
 * One entry of the reward ledger for (dealer, program, rule, period): what a
 * period close found earned beyond what was accrued before (negative: a
 * clawback). Append-only: only its status changes.
 */
export const RewardAccrual = model
  .define("dealer_reward_accrual", {
    id: model.id({ prefix: "dracc" }).primaryKey(),
    dealer_id: model.text(),
    program_id: model.text(),
    rule_id: model.text(),
    period_key: model.text(),
    kind: model.enum([...REWARD_KINDS]),
    amount: model.bigNumber(),
    /** What the rule gives for the period as of this close; amount = this − earlier accruals. */
    earned_to_date: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...ACCRUAL_STATUSES]).default("pending"),
    explanation: model.json(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    rejection_reason: model.text().nullable(),
  })
  .indexes([
    {
      name: "IDX_dealer_reward_accrual_key",
      on: ["program_id", "period_key", "dealer_id", "rule_id"],
      where: "deleted_at IS NULL",
    },
    { name: "IDX_dealer_reward_accrual_dealer", on: ["dealer_id", "status"], where: "deleted_at IS NULL" },
  ])
