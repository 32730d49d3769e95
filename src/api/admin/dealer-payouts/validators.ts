import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { PAYOUT_FORMS, PAYOUT_STATUSES } from "../../../types/rewards"
import { decimalAmount, findParams, id, idFilter, oneOrMany } from "../../utils/validation-primitives"

/** POST /admin/dealers/:id/payouts */
export const AdminCreateDealerPayout = z
  .object({
    /** Money in cents, as a JSON number or a decimal string; kept as a string. */
    amount: decimalAmount({ positive: true, decimals: 2 }),
    form: z.enum(PAYOUT_FORMS).optional(),
    program_id: id.optional(),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()
export type AdminCreateDealerPayoutType = z.infer<typeof AdminCreateDealerPayout>

export const AdminGetDealerPayoutParams = createSelectParams()

const payoutFilters = {
  status: oneOrMany(z.enum(PAYOUT_STATUSES)).optional(),
  form: oneOrMany(z.enum(PAYOUT_FORMS)).optional(),
}

/** GET /admin/dealer-payouts */
export const AdminGetDealerPayoutsParams = findParams({ limit: 20, order: "-created_at" }).extend({
  id: idFilter.optional(),
  dealer_id: idFilter.optional(),
  ...payoutFilters,
})

/** GET /admin/dealers/:id/payouts and GET /store/dealers/me/payouts */
export const GetPayoutsOfDealerParams = findParams({ limit: 20, order: "-created_at" }).extend(payoutFilters)

export const AdminApproveDealerPayout = z.object({}).strict()

export const AdminMarkDealerPayoutPaid = z.object({ reference: z.string().trim().min(1).max(200) }).strict()
export type AdminMarkDealerPayoutPaidType = z.infer<typeof AdminMarkDealerPayoutPaid>

export const AdminCancelDealerPayout = z.object({ reason: z.string().trim().min(1).max(2000).optional() }).strict()
export type AdminCancelDealerPayoutType = z.infer<typeof AdminCancelDealerPayout>

/** GET /admin/dealer-payouts/export */
export const AdminExportDealerPayoutsParams = z
  .object({
    status: z.enum(["approved", "exported"]).default("approved"),
    dealer_id: idFilter.optional(),
  })
  .strict()
export type AdminExportDealerPayoutsParamsType = z.infer<typeof AdminExportDealerPayoutsParams>
