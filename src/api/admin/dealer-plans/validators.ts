import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { PERIOD_PATTERN } from "../../../lib/periods"
import { TARGET_METRICS, TARGET_TYPES } from "../../../modules/sales-plan/models/plan-target"
import { amount, dayKey, findParams, id, idFilter, MAX_INTEGER, oneOrMany, wholeNumber } from "../../utils/validation-primitives"

export const periodKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as YYYY-MM")

const planTarget = z
  .object({
    target_type: z.enum(TARGET_TYPES),
    target_id: id,
    metric: z.enum(TARGET_METRICS),
    /** An amount of money or a quantity. */
    target_value: amount({ positive: true }),
    label: z.string().max(200).nullish(),
  })
  .strict()

const uniqueTargets = (targets: z.infer<typeof planTarget>[] | undefined) =>
  !targets ||
  new Set(targets.map((t) => `${t.target_type}:${t.target_id}:${t.metric}`)).size === targets.length

export const AdminGetDealerPlanParams = createSelectParams()

export const AdminGetDealerPlansParams = findParams({ limit: 50 }).extend({
  dealer_id: idFilter.optional(),
  period_key: oneOrMany(periodKey).optional(),
})

const orderCount = wholeNumber(0, MAX_INTEGER)

export const AdminCreateDealerPlan = z
  .object({
    dealer_id: id,
    period: periodKey,
    target_amount: amount(),
    target_order_count: orderCount.nullish(),
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
    target_amount: amount().optional(),
    target_order_count: orderCount.nullish(),
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
  as_of: dayKey.optional(),
})
export type AdminGetDealerProgressParamsType = z.infer<typeof AdminGetDealerProgressParams>
