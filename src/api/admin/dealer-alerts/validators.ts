import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ALERT_KINDS, ALERT_STATUSES } from "../../../modules/sales-plan/models/deviation-alert"

const stringOrList = z.union([z.string(), z.array(z.string())])
const periodKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as YYYY-MM")
const dayKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD")
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
  }, "must be a real calendar day")

/** GET /admin/dealer-alerts */
export const AdminGetDealerAlertsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-alert_date",
}).extend({
  id: stringOrList.optional(),
  dealer_id: stringOrList.optional(),
  kind: z.union([z.enum(ALERT_KINDS), z.array(z.enum(ALERT_KINDS))]).optional(),
  status: z.union([z.enum(ALERT_STATUSES), z.array(z.enum(ALERT_STATUSES))]).optional(),
  period_key: z.union([periodKey, z.array(periodKey)]).optional(),
  alert_date: z.union([dayKey, z.array(dayKey)]).optional(),
})

/** POST /admin/dealer-alerts/check */
export const AdminCheckDealerDeviations = z
  .object({
    /** The day to check; today in the plugin's time zone when left out. */
    date: dayKey.optional(),
  })
  .strict()
export type AdminCheckDealerDeviationsType = z.infer<typeof AdminCheckDealerDeviations>

/** POST /admin/dealer-tiers/review */
export const AdminReviewDealerTiers = z
  .object({
    /** The month to review; the previous month in the plugin's time zone when left out. */
    period: periodKey.optional(),
  })
  .strict()
export type AdminReviewDealerTiersType = z.infer<typeof AdminReviewDealerTiers>

/** GET /admin/dealers/:id/tier-changes */
export const AdminGetDealerTierChangesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
}).extend({
  reviewed_period: z.union([periodKey, z.array(periodKey)]).optional(),
})
