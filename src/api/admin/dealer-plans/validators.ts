import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { PERIOD_PATTERN } from "../../../lib/periods"
import { TARGET_METRICS, TARGET_TYPES } from "../../../modules/sales-plan/models/plan-target"

export const periodKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as YYYY-MM")

const planTarget = z
  .object({
    target_type: z.enum(TARGET_TYPES),
    target_id: z.string().min(1),
    metric: z.enum(TARGET_METRICS),
    target_value: z.number().positive(),
    label: z.string().max(200).nullish(),
  })
  .strict()

const uniqueTargets = (targets: z.infer<typeof planTarget>[] | undefined) =>
  !targets ||
  new Set(targets.map((t) => `${t.target_type}:${t.target_id}:${t.metric}`)).size === targets.length

export const AdminGetDealerPlanParams = createSelectParams()

export const AdminGetDealerPlansParams = createFindParams({ limit: 50, offset: 0 }).extend({
  dealer_id: z.union([z.string(), z.array(z.string())]).optional(),
  period_key: z.union([periodKey, z.array(periodKey)]).optional(),
})

export const AdminCreateDealerPlan = z
  .object({
    dealer_id: z.string().min(1),
    period: periodKey,
    target_amount: z.number().nonnegative(),
    target_order_count: z.number().int().nonnegative().nullish(),
    currency_code: z.string().length(3).toLowerCase().optional(),
    note: z.string().max(2000).nullish(),
    targets: z.array(planTarget).optional(),
  })
  .strict()
  .refine((plan) => uniqueTargets(plan.targets), {
    message: "a product or category appears twice with the same metric",
    path: ["targets"],
  })
export type AdminCreateDealerPlanType = z.infer<typeof AdminCreateDealerPlan>

export const AdminUpdateDealerPlan = z
  .object({
    target_amount: z.number().nonnegative().optional(),
    target_order_count: z.number().int().nonnegative().nullish(),
    note: z.string().max(2000).nullish(),
    targets: z.array(planTarget).optional(),
  })
  .strict()
  .refine((plan) => uniqueTargets(plan.targets), {
    message: "a product or category appears twice with the same metric",
    path: ["targets"],
  })
export type AdminUpdateDealerPlanType = z.infer<typeof AdminUpdateDealerPlan>

/** A reporting period: a month YYYY-MM, a quarter YYYY-Qn or a year YYYY. */
export const progressPeriod = z.string().regex(PERIOD_PATTERN, "must be a month YYYY-MM, a quarter YYYY-Qn or a year YYYY")

export const AdminGetDealerProgressParams = z.object({
  period: progressPeriod.optional(),
  as_of: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD")
    .optional(),
})
export type AdminGetDealerProgressParamsType = z.infer<typeof AdminGetDealerProgressParams>
