import { model } from "@medusajs/framework/utils"
import { RATING_PERIOD_TYPES } from "../../../types/engagement"

/**
 * The dealer of a month or quarter, chosen from the network's leaderboard by
 * the tie rule: one per period, its score and breakdown kept as they were
 * when it was recorded (later returns or new weights do not change it).
 */
export const RatingAward = model
  .define("dealer_rating_award", {
    id: model.id({ prefix: "drawd" }).primaryKey(),
    period_key: model.text(),
    period_type: model.enum([...RATING_PERIOD_TYPES]),
    dealer_id: model.text(),
    score: model.bigNumber(),
    /** DealerRatingEntry: the dealer's rank, score and components at recording. */
    entry: model.json(),
    /** RatingWeights in force at recording. */
    weights: model.json(),
    /** The admin user who recorded it, or "job". */
    recorded_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_dealer_rating_award_period_unique", on: ["period_key"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_dealer_rating_award_dealer", on: ["dealer_id"], where: "deleted_at IS NULL" },
  ])
