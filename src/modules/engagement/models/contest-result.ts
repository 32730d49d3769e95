import { model } from "@medusajs/framework/utils"
import { Contest } from "./contest"

/**
 * A participant's final standing in a closed contest, as of its last close
 * (a re-close rewrites the rows). Read by the dealer rating: keep the names.
 */
export const ContestResult = model
  .define("dealer_contest_result", {
    id: model.id({ prefix: "dcstr" }).primaryKey(),
    dealer_id: model.text(),
    /** 1-based; null for a participant without a positive figure. */
    rank: model.number().nullable(),
    metric_value: model.bigNumber().nullable(),
    prize_kind: model.text().nullable(),
    prize_amount: model.bigNumber().default(0),
    contest: model.belongsTo(() => Contest, { mappedBy: "results" }),
  })
  .indexes([
    { name: "IDX_dealer_contest_result_unique", on: ["contest_id", "dealer_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_dealer_contest_result_dealer", on: ["dealer_id"], where: "deleted_at IS NULL" },
  ])
