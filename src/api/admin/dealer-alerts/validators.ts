import { z } from "@medusajs/framework/zod"
import { ALERT_KINDS, ALERT_STATUSES } from "../../../modules/sales-plan/models/deviation-alert"
import { dayKey, findParams, idFilter, oneOrMany } from "../../utils/validation-primitives"

const periodKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as YYYY-MM")

/** GET /admin/dealer-alerts */
export const AdminGetDealerAlertsParams = findParams({ limit: 20, order: "-alert_date" }).extend({
  id: idFilter.optional(),
  dealer_id: idFilter.optional(),
  kind: oneOrMany(z.enum(ALERT_KINDS)).optional(),
  status: oneOrMany(z.enum(ALERT_STATUSES)).optional(),
  period_key: oneOrMany(periodKey).optional(),
  alert_date: oneOrMany(dayKey).optional(),
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
export const AdminGetDealerTierChangesParams = findParams({ limit: 50, order: "-created_at" }).extend({
  reviewed_period: oneOrMany(periodKey).optional(),
})
