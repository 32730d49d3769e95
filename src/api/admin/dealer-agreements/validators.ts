import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import {
  AGREEMENT_STATUSES,
  CONFLICT_POLICIES,
  PAYOUT_FORMS,
} from "../../../modules/dealer-network/models/agreement"

const stringOrList = z.union([z.string(), z.array(z.string())])
const statusFilter = z.union([z.enum(AGREEMENT_STATUSES), z.array(z.enum(AGREEMENT_STATUSES))])

export const AdminGetDealerAgreementParams = createSelectParams()

/** GET /admin/dealers/:id/agreements: every version of the dealer's agreements, newest first. */
export const AdminGetAgreementsOfDealerParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
}).extend({
  status: statusFilter.optional(),
  number: stringOrList.optional(),
})

/** GET /admin/dealer-agreements: agreements across dealers. */
export const AdminGetDealerAgreementsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  q: z.string().optional(),
  id: stringOrList.optional(),
  dealer_id: stringOrList.optional(),
  status: statusFilter.optional(),
  number: stringOrList.optional(),
})

/** GET /admin/dealer-agreements/:id/versions: the history of one agreement number. */
export const AdminGetDealerAgreementVersionsParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "version",
})

const amount = z.number().min(0)
const percent = z.number().min(0).max(100)
const date = z.coerce.date()

const priceTerm = z
  .object({
    variant_id: z.string().min(1),
    amount,
    min_quantity: z.number().int().min(1).nullish(),
    max_quantity: z.number().int().min(1).nullish(),
  })
  .strict()
  .refine((term) => term.min_quantity == null || term.max_quantity == null || term.max_quantity >= term.min_quantity, {
    message: "must not be below min_quantity",
    path: ["max_quantity"],
  })

/** Agreed prices: one per variant and starting quantity. */
const priceTerms = z
  .array(priceTerm)
  .max(5000)
  .superRefine((terms, ctx) => {
    const seen = new Set<string>()
    terms.forEach((term, index) => {
      const key = `${term.variant_id}@${term.min_quantity ?? 1}`
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "variant_id"],
          message: `${term.variant_id} has two prices from quantity ${term.min_quantity ?? 1}`,
        })
      }
      seen.add(key)
    })
  })

/** The contract terms a draft, an update and a new version may set. */
const termsFields = {
  valid_to: date.nullish(),
  min_monthly_turnover: amount.nullish(),
  min_annual_turnover: amount.nullish(),
  interaction_rules: z.string().max(10_000).nullish(),
  price_list_id: z.string().min(1).nullish(),
  discount_percent: percent.optional(),
  payment_terms_days: z.number().int().min(0).optional(),
  credit_limit: amount.nullish(),
  /** Goods subtotal (before tax and shipping) a cart must reach. */
  min_order_amount: amount.nullish(),
  /** Refuse carts with products outside the dealer's zones' categories. */
  restrict_to_assortment: z.boolean().optional(),
  price_terms: priceTerms.nullish(),
  conflict_policy: z.enum(CONFLICT_POLICIES).optional(),
  split_share_percent: percent.nullish(),
  /** e.g. { training: "4 sessions a year", marketing: { budget: 5000 } } */
  support_commitments: z.record(z.string(), z.unknown()).nullish(),
  payout_form: z.enum(PAYOUT_FORMS).optional(),
  /** The reward programs the dealer takes part in. */
  reward_program_ids: z.array(z.string().min(1)).max(100).optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

const agreementNumber = z.string().trim().min(1).max(60)

type TermsShape = {
  conflict_policy?: string
  split_share_percent?: number | null
  valid_to?: Date | null
}

/**
 * Checks the body can see on its own: the end after the start, and a share
 * when the conflict policy is "split". Without a start date (or without a
 * share on a partial change) the workflow checks against the stored agreement.
 */
function checkTerms(
  data: TermsShape,
  ctx: z.RefinementCtx,
  start: { field: string; value?: Date | null },
  shareRequired: boolean
) {
  if (data.valid_to && start.value && data.valid_to.getTime() <= start.value.getTime()) {
    ctx.addIssue({
      code: "custom",
      path: ["valid_to"],
      message: `valid_to: must be after ${start.field}`,
    })
  }
  const missingShare = shareRequired
    ? data.split_share_percent == null
    : data.split_share_percent === null
  if (data.conflict_policy === "split" && missingShare) {
    ctx.addIssue({
      code: "custom",
      path: ["split_share_percent"],
      message: "split_share_percent: required when conflict_policy is split",
    })
  }
}

export const AdminCreateDealerAgreement = z
  .object({
    number: agreementNumber.optional(),
    valid_from: date,
    ...termsFields,
  })
  .strict()
  .superRefine((data, ctx) =>
    checkTerms(data, ctx, { field: "valid_from", value: data.valid_from }, true)
  )
export type AdminCreateDealerAgreementType = z.infer<typeof AdminCreateDealerAgreement>

export const AdminUpdateDealerAgreement = z
  .object({
    number: agreementNumber.optional(),
    valid_from: date.optional(),
    ...termsFields,
  })
  .strict()
  .superRefine((data, ctx) =>
    checkTerms(data, ctx, { field: "valid_from", value: data.valid_from }, false)
  )
export type AdminUpdateDealerAgreementType = z.infer<typeof AdminUpdateDealerAgreement>

export const AdminCreateDealerAgreementVersion = z
  .object({
    effective_from: date,
    ...termsFields,
  })
  .strict()
  .superRefine((data, ctx) =>
    checkTerms(data, ctx, { field: "effective_from", value: data.effective_from }, false)
  )
export type AdminCreateDealerAgreementVersionType = z.infer<typeof AdminCreateDealerAgreementVersion>

export const AdminTerminateDealerAgreement = z
  .object({
    reason: z.string().trim().min(1).max(2000),
    terminated_at: date.optional(),
  })
  .strict()
export type AdminTerminateDealerAgreementType = z.infer<typeof AdminTerminateDealerAgreement>
