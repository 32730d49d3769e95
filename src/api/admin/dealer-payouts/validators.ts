import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import BigNumber from "bignumber.js"
import { PAYOUT_FORMS, PAYOUT_STATUSES } from "../../../modules/rewards/models/payout"

const stringOrList = z.union([z.string(), z.array(z.string())])
const oneOrMany = <T extends [string, ...string[]]>(values: T) => z.union([z.enum(values), z.array(z.enum(values))])

/** A positive amount of money with at most 2 decimals, as a JSON number or a decimal string; kept as a string. */
export const payoutAmount = z
  .union([z.number(), z.string().trim().min(1)])
  .refine(
    (value) => {
      const amount = new BigNumber(value)
      return amount.isFinite() && amount.gt(0) && (amount.decimalPlaces() ?? 0) <= 2
    },
    { message: "must be a positive amount with at most 2 decimals" }
  )
  .transform((value) => new BigNumber(value).toFixed())

/** POST /admin/dealers/:id/payouts */
export const AdminCreateDealerPayout = z
  .object({
    amount: payoutAmount,
    form: z.enum(PAYOUT_FORMS).optional(),
    program_id: z.string().trim().min(1).optional(),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()
export type AdminCreateDealerPayoutType = z.infer<typeof AdminCreateDealerPayout>

export const AdminGetDealerPayoutParams = createSelectParams()

const payoutFilters = {
  status: oneOrMany([...PAYOUT_STATUSES] as [string, ...string[]]).optional(),
  form: oneOrMany([...PAYOUT_FORMS] as [string, ...string[]]).optional(),
}

/** GET /admin/dealer-payouts */
export const AdminGetDealerPayoutsParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  id: stringOrList.optional(),
  dealer_id: stringOrList.optional(),
  ...payoutFilters,
})

/** GET /admin/dealers/:id/payouts and GET /store/dealers/me/payouts */
export const GetPayoutsOfDealerParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend(payoutFilters)

export const AdminApproveDealerPayout = z.object({}).strict()

export const AdminMarkDealerPayoutPaid = z.object({ reference: z.string().trim().min(1).max(200) }).strict()
export type AdminMarkDealerPayoutPaidType = z.infer<typeof AdminMarkDealerPayoutPaid>

export const AdminCancelDealerPayout = z.object({ reason: z.string().trim().min(1).max(2000).optional() }).strict()
export type AdminCancelDealerPayoutType = z.infer<typeof AdminCancelDealerPayout>

/** GET /admin/dealer-payouts/export */
export const AdminExportDealerPayoutsParams = z
  .object({
    status: z.enum(["approved", "exported"]).default("approved"),
    dealer_id: stringOrList.optional(),
  })
  .strict()
export type AdminExportDealerPayoutsParamsType = z.infer<typeof AdminExportDealerPayoutsParams>
