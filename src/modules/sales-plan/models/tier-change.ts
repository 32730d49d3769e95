import { model } from "@medusajs/framework/utils"

/**
 * One change of a dealer's partner level by a tier review: from which tier to
 * which (null: none), why, and the turnover figures the decision rested on.
 * Kept here, beside the ledger the review reads, as the dealer's tier history.
 */
export const TierChange = model
  .define("dealer_tier_change", {
    id: model.id({ prefix: "dtchg" }).primaryKey(),
    dealer_id: model.text(),
    from_tier_id: model.text().nullable(),
    to_tier_id: model.text().nullable(),
    /** "promotion" or "demotion". */
    reason: model.text(),
    figures: model.json(),
    /** The month whose trailing turnover was reviewed, "YYYY-MM". */
    reviewed_period: model.text(),
  })
  .indexes([
    { name: "IDX_dealer_tier_change_dealer", on: ["dealer_id", "created_at"], where: "deleted_at IS NULL" },
    { name: "IDX_dealer_tier_change_period", on: ["reviewed_period"], where: "deleted_at IS NULL" },
  ])
