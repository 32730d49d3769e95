import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { echo } from "../../../lib/input-bounds"
import { AGREEMENT_STATUSES, CONFLICT_POLICIES } from "../../../types/dealer-network"
import { PAYOUT_FORMS } from "../../../types/rewards"
import {
  amount,
  findParams,
  id,
  idFilter,
  MAX_INTEGER,
  oneOrMany,
  percent,
  wholeNumber,
} from "../../utils/validation-primitives"

export const statusFilter = oneOrMany(z.enum(AGREEMENT_STATUSES))
export const numberFilter = oneOrMany(z.string().trim().max(60))

export const AdminGetDealerAgreementParams = createSelectParams()

/** GET /admin/dealer-agreements: agreements across dealers. */
export const AdminGetDealerAgreementsParams = findParams({ limit: 20, order: "-created_at" }).extend({
  q: z.string().optional(),
  id: idFilter.optional(),
  dealer_id: idFilter.optional(),
  status: statusFilter.optional(),
  number: numberFilter.optional(),
})

/** GET /admin/dealer-agreements/:id/versions: the history of one agreement number. */
export const AdminGetDealerAgreementVersionsParams = findParams({ limit: 100, order: "version" })

const money = amount()
const quantity = wholeNumber(1, MAX_INTEGER)
/** Days until an invoice is due: up to a year. */
const paymentTermsDays = wholeNumber(0, 365)
const date = z.coerce.date()

const priceTerm = z
  .object({
    variant_id: id,
    amount: money,
    min_quantity: quantity.nullish(),
    max_quantity: quantity.nullish(),
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
          message: `${echo(term.variant_id)} has two prices from quantity ${term.min_quantity ?? 1}`,
        })
      }
      seen.add(key)
    })
  })

/** The manufacturer's obligations; keys beyond the known ones are kept as given. */
const supportCommitments = z
  .object({
    trainings_per_year: wholeNumber(0, 365).nullish(),
    materials: z.string().trim().max(2000).nullish(),
    co_marketing_budget: money.nullish(),
    co_marketing_share_percent: percent.nullish(),
    event_share_from_money: z.boolean().nullish(),
  })
  .catchall(z.unknown())

/** The contract terms a draft, an update and a new version may set. */
export const termsFields = {
  valid_to: date.nullish(),
  min_monthly_turnover: money.nullish(),
  min_annual_turnover: money.nullish(),
  min_monthly_quantity: z.number().int().positive().max(1_000_000_000).nullish(),
  interaction_rules: z.string().max(10_000).nullish(),
  price_list_id: id.nullish(),
  discount_percent: percent.optional(),
  payment_terms_days: paymentTermsDays.optional(),
  credit_limit: money.nullish(),
  /** Goods subtotal (before tax and shipping) a cart must reach. */
  min_order_amount: money.nullish(),
  /** Refuse carts with products outside the dealer's zones' categories. */
  restrict_to_assortment: z.boolean().optional(),
  price_terms: priceTerms.nullish(),
  conflict_policy: z.enum(CONFLICT_POLICIES).optional(),
  split_share_percent: percent.nullish(),
  support_commitments: supportCommitments.nullish(),
  payout_form: z.enum(PAYOUT_FORMS).optional(),
  /** The reward programs the dealer takes part in. */
  reward_program_ids: z.array(id).max(100).optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const agreementNumber = z.string().trim().min(1).max(60)

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
export function checkTerms(
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
