import { model } from "@medusajs/framework/utils"
import { PROGRAM_PERIOD_TYPES, PROGRAM_STATUSES } from "../../../types/rewards"
import { RewardRule } from "./reward-rule"

/**
 * A reward program: rules evaluated per dealer and period. A dealer takes part
 * when its agreement in force lists the program and it passes `eligibility`
 * ({ roles?, tier_ids?, territory_ids?, dealer_ids? }; an empty filter passes).
 */
export const RewardProgram = model
  .define("dealer_reward_program", {
    id: model.id({ prefix: "drprg" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    period_type: model.enum([...PROGRAM_PERIOD_TYPES]).default("month"),
    valid_from: model.dateTime(),
    valid_to: model.dateTime().nullable(),
    status: model.enum([...PROGRAM_STATUSES]).default("draft"),
    currency_code: model.text(),
    eligibility: model.json().nullable(),
    /** Marketing points per unit of money when a payout converts money to points. */
    points_per_unit: model.bigNumber().default(1),
    /** Hold the rewards of dealers with overdue receivables until they pay. */
    hold_overdue: model.boolean().default(false),
    /** Defined in code (plugin options); the admin API does not change it. */
    is_code_defined: model.boolean().default(false),
    rules: model.hasMany(() => RewardRule, { mappedBy: "program" }),
  })
  .cascades({ delete: ["rules"] })
  .indexes([
    { name: "IDX_dealer_reward_program_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
  ])
