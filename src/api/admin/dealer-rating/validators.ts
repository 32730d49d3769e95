import { z } from "@medusajs/framework/zod"
import { MAX_RATING_WEIGHT, RATING_PERIOD_PATTERN } from "../../../lib/dealer-rating"
import { RATING_COMPONENTS, type RatingComponent } from "../../../types/engagement"
import { id, pageParams } from "../../utils/validation-primitives"

/** A month YYYY-MM or a quarter YYYY-Qn. */
export const ratingPeriod = z.string().regex(RATING_PERIOD_PATTERN, "must be a month YYYY-MM or a quarter YYYY-Qn")

/** GET /admin/dealer-rating: the leaderboard of a period, optionally of a territory and / or a distributor's sub-network. */
export const AdminGetDealerRatingParams = z
  .object({
    period: ratingPeriod.optional(),
    territory_id: id.optional(),
    distributor_id: id.optional(),
    ...pageParams(50),
  })
  .strict()
export type AdminGetDealerRatingParamsType = z.infer<typeof AdminGetDealerRatingParams>

/** GET /admin/dealers/:id/rating */
export const AdminGetDealerRatingOfDealerParams = z.object({ period: ratingPeriod.optional() }).strict()
export type AdminGetDealerRatingOfDealerParamsType = z.infer<typeof AdminGetDealerRatingOfDealerParams>

const weight = z
  .number({ error: "must be a number" })
  .min(0, "must not be negative")
  .max(MAX_RATING_WEIGHT, `must be at most ${MAX_RATING_WEIGHT}`)
  .nullable()
  .optional()

/** POST /admin/dealer-rating/weights: the weights to change; null puts one back to the plugin option / default. */
export const AdminUpdateRatingWeights = z
  .object({
    weights: z
      .object(Object.fromEntries(RATING_COMPONENTS.map((component) => [component, weight])) as Record<RatingComponent, typeof weight>)
      .strict(),
  })
  .strict()
export type AdminUpdateRatingWeightsType = z.infer<typeof AdminUpdateRatingWeights>

/** GET /admin/dealer-rating/awards: the dealers of past months and quarters, newest period first. */
export const AdminGetRatingAwardsParams = z
  .object({ dealer_id: id.optional(), period_type: z.enum(["month", "quarter"]).optional(), ...pageParams(20) })
  .strict()
export type AdminGetRatingAwardsParamsType = z.infer<typeof AdminGetRatingAwardsParams>

/** POST /admin/dealer-rating/awards: record the dealer of an ended month or quarter. */
export const AdminRecordRatingAward = z.object({ period: ratingPeriod }).strict()
export type AdminRecordRatingAwardType = z.infer<typeof AdminRecordRatingAward>

export const AdminGetRatingWeightsParams = z.object({}).strict()
