import { z } from "@medusajs/framework/zod"
import { amount, id } from "../../../utils/validation-primitives"

/** POST /admin/dealer-plans/split-annual */
export const AdminSplitAnnualPlan = z
  .object({
    dealer_id: id,
    year: z.number().int().min(2000).max(2100),
    annual_target: amount({ decimals: 2 }),
    seasonality_profile_id: id,
    currency_code: z.string().length(3).toLowerCase().optional(),
  })
  .strict()
export type AdminSplitAnnualPlanType = z.infer<typeof AdminSplitAnnualPlan>
