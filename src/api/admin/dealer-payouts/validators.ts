import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { PAYOUT_FORMS, PAYOUT_STATUSES } from "../../../types/rewards"
import { findParams, idFilter, oneOrMany } from "../../utils/validation-primitives"

export const AdminGetDealerPayoutParams = createSelectParams()

/** Filters of a payout list (also one dealer's, in admin and store). */
export const payoutFilters = {
  status: oneOrMany(z.enum(PAYOUT_STATUSES)).optional(),
  form: oneOrMany(z.enum(PAYOUT_FORMS)).optional(),
}

/** GET /admin/dealer-payouts */
export const AdminGetDealerPayoutsParams = findParams({ limit: 20, order: "-created_at" }).extend({
  id: idFilter.optional(),
  dealer_id: idFilter.optional(),
  batch_id: idFilter.optional(),
  ...payoutFilters,
})

export const AdminApproveDealerPayout = z.object({}).strict()

export const AdminMarkDealerPayoutPaid = z.object({ reference: z.string().trim().min(1).max(200) }).strict()
export type AdminMarkDealerPayoutPaidType = z.infer<typeof AdminMarkDealerPayoutPaid>

export const AdminCancelDealerPayout = z.object({ reason: z.string().trim().min(1).max(2000).optional() }).strict()
export type AdminCancelDealerPayoutType = z.infer<typeof AdminCancelDealerPayout>
