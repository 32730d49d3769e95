import { z } from "@medusajs/framework/zod"
import { ALERT_KINDS, ALERT_STATUSES } from "../../../types/sales-plan"
import { dayKey, findParams, idFilter, oneOrMany, periodKey } from "../../utils/validation-primitives"

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
