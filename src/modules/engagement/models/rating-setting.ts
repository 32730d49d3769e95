import { model } from "@medusajs/framework/utils"

/** The admin's rating weights (one row): each one named overrides the plugin option `ratingWeights`. */
export const RatingSetting = model.define("dealer_rating_setting", {
  id: model.id({ prefix: "drset" }).primaryKey(),
  /** Partial<RatingWeights>. */
  weights: model.json().default({}),
})
