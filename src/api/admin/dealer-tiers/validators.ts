import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { amount, findParams, idFilter, percent, periodKey } from "../../utils/validation-primitives"

export const AdminGetDealerTierParams = createSelectParams()

export const AdminGetDealerTiersParams = findParams({ limit: 20, order: "rank" }).extend({
  q: z.string().optional(),
  id: idFilter.optional(),
})

const tierFields = {
  name: z.string().trim().min(1).max(100),
  rank: z.number().int().min(0).max(1_000_000),
  min_turnover: amount().optional(),
  window_months: z.number().int().min(1).max(36).optional(),
  discount_percent: percent.optional(),
  benefits: z.record(z.string(), z.unknown()).nullish(),
  description: z.string().max(2000).nullish(),
}

export const AdminCreateDealerTier = z.object(tierFields).strict()
export type AdminCreateDealerTierType = z.infer<typeof AdminCreateDealerTier>

export const AdminUpdateDealerTier = z
  .object({
    ...tierFields,
    name: tierFields.name.optional(),
    rank: tierFields.rank.optional(),
  })
  .strict()
export type AdminUpdateDealerTierType = z.infer<typeof AdminUpdateDealerTier>

/** POST /admin/dealer-tiers/review */
export const AdminReviewDealerTiers = z
  .object({
    /** The month to review; the previous month in the plugin's time zone when left out. */
    period: periodKey.optional(),
  })
  .strict()
export type AdminReviewDealerTiersType = z.infer<typeof AdminReviewDealerTiers>
