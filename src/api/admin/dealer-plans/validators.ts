import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { TARGET_METRICS, TARGET_TYPES } from "../../../types/sales-plan"
import {
  amount,
  currencyCode,
  findParams,
  id,
  idFilter,
  MAX_INTEGER,
  oneOrMany,
  periodKey,
  wholeNumber,
} from "../../utils/validation-primitives"

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
    currency_code: currencyCode.optional(),
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

/** GET /admin/dealer-plans/export */
export const AdminExportDealerPlansParams = z
  .object({
    period: periodKey.optional(),
    period_from: periodKey.optional(),
    period_to: periodKey.optional(),
    dealer_id: idFilter.optional(),
  })
  .strict()
  .refine((q) => Boolean(q.period || q.period_from || q.period_to), {
    message: "give period, or period_from and/or period_to",
    path: ["period"],
  })
  .refine((q) => !(q.period && (q.period_from || q.period_to)), {
    message: "give either period or period_from/period_to, not both",
    path: ["period"],
  })
  .refine((q) => !(q.period_from && q.period_to && q.period_from > q.period_to), {
    message: "must not be before period_from",
    path: ["period_to"],
  })
export type AdminExportDealerPlansParamsType = z.infer<typeof AdminExportDealerPlansParams>

/** Largest CSV text taken in one request (characters); the JSON body limit is set to match. */
const MAX_PLAN_CSV_LENGTH = 12_000_000

/** POST /admin/dealer-plans/import */
export const AdminImportDealerPlans = z
  .object({
    csv: z.string().min(1).max(MAX_PLAN_CSV_LENGTH),
    dry_run: z.boolean().default(false),
  })
  .strict()
export type AdminImportDealerPlansType = z.infer<typeof AdminImportDealerPlans>

/** POST /admin/dealer-plans/split-annual */
export const AdminSplitAnnualPlan = z
  .object({
    dealer_id: id,
    year: z.number().int().min(2000).max(2100),
    annual_target: amount({ decimals: 2 }),
    seasonality_profile_id: id,
    currency_code: currencyCode.optional(),
  })
  .strict()
export type AdminSplitAnnualPlanType = z.infer<typeof AdminSplitAnnualPlan>
