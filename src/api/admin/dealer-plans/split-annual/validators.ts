import BigNumber from "bignumber.js"
import { z } from "@medusajs/framework/zod"

/** POST /admin/dealer-plans/split-annual */
export const AdminSplitAnnualPlan = z
  .object({
    dealer_id: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    annual_target: z
      .number()
      .nonnegative()
      .refine((value) => new BigNumber(value).decimalPlaces()! <= 2, "must have at most two decimals (cents)"),
    seasonality_profile_id: z.string().min(1),
    currency_code: z.string().length(3).toLowerCase().optional(),
  })
  .strict()
export type AdminSplitAnnualPlanType = z.infer<typeof AdminSplitAnnualPlan>
