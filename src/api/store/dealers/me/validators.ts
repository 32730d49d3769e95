import { z } from "@medusajs/framework/zod"
import { monthsBetween } from "../../../../lib/periods"
import { registrationFilters, seatsBody } from "../../../admin/dealer-events/validators"
import { payoutFilters } from "../../../admin/dealer-payouts/validators"
import { ratingPeriod } from "../../../admin/dealer-rating/validators"
import { materialFilters } from "../../../admin/dealer-materials/validators"
import { materialRequestFilters } from "../../../admin/dealer-material-requests/validators"
import { ALERT_KINDS, ALERT_STATUSES } from "../../../../types/sales-plan"
import { CONFLICT_KINDS, CONFLICT_STATUSES } from "../../../../types/dealer-network"
import { PAYMENT_STATES } from "../../../../types/store"
import {
  dayKey,
  findParams,
  id,
  idFilter,
  MAX_INTEGER,
  MAX_PAGE_SIZE,
  oneOrMany,
  pageParams,
  periodKey,
  progressPeriod,
  queryFlag,
  wholeNumber,
} from "../../../utils/validation-primitives"

/** The longest range of months GET /store/dealers/me/plans answers for. */
export const MAX_PLAN_MONTHS = 36

/** GET /store/dealers/me/progress: a month, quarter or year, as of a day. No dealer id: always one's own. */
export const StoreGetMyProgressParams = z
  .object({
    period: progressPeriod.optional(),
    as_of: dayKey.optional(),
  })
  .strict()
export type StoreGetMyProgressParamsType = z.infer<typeof StoreGetMyProgressParams>

/** GET /store/dealers/me/plans: months from … to (inclusive). No dealer id: always one's own. */
export const StoreGetMyPlansParams = z
  .object({
    period_from: periodKey.optional(),
    period_to: periodKey.optional(),
  })
  .strict()
  .superRefine((range, ctx) => {
    if (!range.period_from || !range.period_to) return
    if (range.period_to < range.period_from) {
      ctx.addIssue({ code: "custom", path: ["period_to"], message: "must not be before period_from" })
      return
    }
    if (monthsBetween(range.period_from, range.period_to) > MAX_PLAN_MONTHS) {
      ctx.addIssue({ code: "custom", path: ["period_to"], message: `must be at most ${MAX_PLAN_MONTHS} months after period_from` })
    }
  })
export type StoreGetMyPlansParamsType = z.infer<typeof StoreGetMyPlansParams>

/** GET /store/dealers/me/wallet */
export const StoreGetMyWalletParams = findParams({ limit: 50, order: "-created_at" }).extend({
  kind: z.enum(["money", "marketing_points", "event_credit"]).optional(),
})

/** GET /store/dealers/me/reward-accruals */
export const StoreGetMyRewardAccrualsParams = findParams({ limit: 50, order: "-created_at" }).extend({
  period_key: progressPeriod.optional(),
  program_id: id.optional(),
})

/** My dealer's rewards for a period (the current month by default) under my programs, and the next tiers. */
export const StoreGetMyRewardSimulationParams = z
  .object({ period: progressPeriod.optional(), program_id: id.optional() })
  .strict()
export type StoreGetMyRewardSimulationParamsType = z.infer<typeof StoreGetMyRewardSimulationParams>

/** GET /store/dealers/me/payouts */
export const StoreGetMyPayoutsParams = findParams({ limit: 20, order: "-created_at" }).extend(payoutFilters)

/** GET /store/dealers/me/events: the published events ahead whose audience holds my dealer. */
export const StoreGetMyEventsParams = findParams({ limit: 20 })

/** GET /store/dealers/me/event-registrations */
export const StoreGetMyEventRegistrationsParams = findParams({ limit: 20, order: "-created_at" }).extend({
  event_id: id.optional(),
  ...registrationFilters,
})

/** POST /store/dealers/me/event-registrations: seats at an event for my dealer. */
export const StoreRegisterForEvent = seatsBody({ event_id: id })
export type StoreRegisterForEventType = z.infer<typeof StoreRegisterForEvent>

export const StoreCancelEventRegistration = z.object({}).strict()

/** GET /store/dealers/me/rating: a month or quarter. No dealer id: always one's own. */
export const StoreGetMyRatingParams = z.object({ period: ratingPeriod.optional() }).strict()
export type StoreGetMyRatingParamsType = z.infer<typeof StoreGetMyRatingParams>

/** GET /store/dealers/me/contests: running and closed contests my dealer takes part in. */
export const StoreGetMyContestsParams = findParams({ limit: 20, order: "-ends_on" }).extend({
  status: oneOrMany(z.enum(["running", "closed"])).optional(),
})

/** GET /store/dealers/me/contests/:id */
export const StoreGetMyContestParams = z.object({ fields: z.string().optional() })

/** GET /store/dealers/me/materials: the active materials my dealer's tier may order, by code. */
export const StoreGetMyMaterialsParams = findParams({ limit: 50 }).extend(materialFilters)

/** GET /store/dealers/me/material-requests */
export const StoreGetMyMaterialRequestsParams = findParams({ limit: 20, order: "-created_at" }).extend(materialRequestFilters)

/** POST /store/dealers/me/material-requests: materials for my dealer, paid from its marketing points. */
export const StoreRequestMaterials = z
  .object({
    lines: z
      .array(z.object({ material_id: id, quantity: wholeNumber(1, MAX_INTEGER) }).strict())
      .min(1)
      .max(50),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    // A material asked on several lines is one line: its units together must fit a quantity.
    const units = new Map<string, number>()
    for (const line of body.lines) units.set(line.material_id, (units.get(line.material_id) ?? 0) + line.quantity)
    if ([...units.values()].some((quantity) => quantity > MAX_INTEGER)) {
      ctx.addIssue({ code: "custom", path: ["lines"], message: `lines: at most ${MAX_INTEGER} units of one material` })
    }
  })
export type StoreRequestMaterialsType = z.infer<typeof StoreRequestMaterials>

export const StoreCancelMaterialRequest = z.object({}).strict()

/** GET /store/dealers/me/catalog: what my dealer may order, searched by words, narrowed to categories or looked up by SKUs. */
export const StoreGetMyCatalogParams = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    category_id: idFilter.optional(),
    sku: oneOrMany(z.string().trim().min(1).max(100).toUpperCase())
      .refine((skus) => [skus].flat().length <= MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} SKUs`)
      .optional(),
    ...pageParams(20),
  })
  .strict()
export type StoreGetMyCatalogParamsType = z.infer<typeof StoreGetMyCatalogParams>

/** GET /store/dealers/me/orders: my dealer's orders, narrowed by payment state or to the overdue ones. */
export const StoreGetMyOrdersParams = z
  .object({
    payment_state: oneOrMany(z.enum(PAYMENT_STATES)).optional(),
    overdue: queryFlag.optional(),
    ...pageParams(20),
  })
  .strict()
export type StoreGetMyOrdersParamsType = z.infer<typeof StoreGetMyOrdersParams>

/** GET /store/dealers/me/tier takes no parameters. */
export const StoreGetMyTierParams = z.object({}).strict()

/** GET /store/dealers/me/alerts: my dealer's deviation alerts, newest first. */
export const StoreGetMyAlertsParams = findParams({ limit: 20, order: "-alert_date" }).extend({
  status: oneOrMany(z.enum(ALERT_STATUSES)).optional(),
  kind: oneOrMany(z.enum(ALERT_KINDS)).optional(),
  period_key: periodKey.optional(),
})

/** GET /store/dealers/me/conflicts: conflict cases about orders my dealer sold, newest first. */
export const StoreGetMyConflictsParams = findParams({ limit: 20, order: "-created_at" }).extend({
  status: oneOrMany(z.enum(CONFLICT_STATUSES)).optional(),
  kind: oneOrMany(z.enum(CONFLICT_KINDS)).optional(),
})
