import { model } from "@medusajs/framework/utils"
import { CONTRIBUTION_CAUSES } from "../../../types/sales-plan"
import { ContributionLine } from "./contribution-line"

/**
 * One signed entry of the plan ledger. Progress is the SUM of contributions;
 * (dealer, order, cause, source) is unique, so a redelivered event counts once.
 */
export const Contribution = model
  .define("dealer_contribution", {
    id: model.id({ prefix: "dcon" }).primaryKey(),
    dealer_id: model.text(),
    order_id: model.text(),
    cause: model.enum([...CONTRIBUTION_CAUSES]),
    source_id: model.text(),
    period_key: model.text(),
    occurred_at: model.dateTime(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    order_count: model.number().default(0),
    note: model.text().nullable(),
    lines: model.hasMany(() => ContributionLine, { mappedBy: "contribution" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    {
      name: "IDX_dealer_contribution_unique_cause",
      on: ["dealer_id", "order_id", "cause", "source_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_dealer_contribution_dealer_period", on: ["dealer_id", "period_key"], where: "deleted_at IS NULL" },
    { name: "IDX_dealer_contribution_order", on: ["order_id"], where: "deleted_at IS NULL" },
    // Progress read as of a day takes the entries credited after it back out of the totals.
    // The month's ledger by moment with what a day's sum needs: the network's day curve reads the index alone.
    {
      name: "IDX_dealer_contribution_period_day",
      on: ["period_key", "occurred_at", "currency_code", "amount"],
      where: "deleted_at IS NULL",
    },
  ])
