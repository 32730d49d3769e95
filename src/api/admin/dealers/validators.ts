import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { DEALER_ROLES, DEALER_STATUSES, LEGAL_TYPES } from "../../../types/dealer-network"
import { MEMBER_ROLES } from "../../../types/dealer-network"
import { PAYOUT_FORMS } from "../../../types/rewards"
import {
  countryCode,
  currencyCode,
  dayKey,
  decimalAmount,
  findParams,
  id,
  idFilter,
  oneOrMany,
  pageParams,
  periodKey,
  progressPeriod,
} from "../../utils/validation-primitives"
import {
  AdminTerminateDealerAgreement,
  agreementNumber,
  checkTerms,
  numberFilter,
  statusFilter,
  termsFields,
} from "../dealer-agreements/validators"
import { payoutFilters } from "../dealer-payouts/validators"
import { bicProblem, ibanProblem, sepaText } from "../../../lib/bank-account"

export const AdminGetDealerParams = createSelectParams()

export const AdminGetDealersParams = findParams({ limit: 20 }).extend({
  q: z.string().optional(),
  id: idFilter.optional(),
  role: oneOrMany(z.enum(DEALER_ROLES)).optional(),
  status: oneOrMany(z.enum(DEALER_STATUSES)).optional(),
  parent_id: idFilter.optional(),
  tier_id: idFilter.optional(),
})

const dealerFields = {
  name: z.string().trim().min(1).max(200),
  legal_name: z.string().trim().max(300).nullish(),
  legal_type: z.enum(LEGAL_TYPES).optional(),
  role: z.enum(DEALER_ROLES).optional(),
  tax_id: z.string().trim().min(1).max(50).nullish(),
  email: z.email().nullish(),
  phone: z.string().max(50).nullish(),
  website: z.string().max(300).nullish(),
  address_line: z.string().max(300).nullish(),
  city: z.string().max(120).nullish(),
  province: z.string().max(120).nullish(),
  postal_code: z.string().max(20).nullish(),
  country_code: countryCode.nullish(),
  currency_code: currencyCode.optional(),
  parent_id: id.nullish(),
  tier_id: id.nullish(),
  tier_pinned: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

const dealerCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, - and _ only")

export const AdminCreateDealer = z.object({ code: dealerCode, ...dealerFields }).strict()
export type AdminCreateDealerType = z.infer<typeof AdminCreateDealer>

export const AdminUpdateDealer = z
  .object({
    code: dealerCode.optional(),
    ...dealerFields,
    name: dealerFields.name.optional(),
    status: z.enum(DEALER_STATUSES).optional(),
    /** Why and from when: terminating a dealer ends its agreements in force with it. */
    termination: AdminTerminateDealerAgreement.optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.status === "terminated" && !data.termination) {
      ctx.addIssue({ code: "custom", path: ["termination"], message: "a reason is required to terminate a dealer: { reason, terminated_at? }" })
    }
    if (data.termination && data.status !== "terminated") {
      ctx.addIssue({ code: "custom", path: ["termination"], message: 'goes only with status "terminated"' })
    }
  })
export type AdminUpdateDealerType = z.infer<typeof AdminUpdateDealer>

export const AdminGetDealerMembersParams = findParams({ limit: 50 }).extend({
  role: z.enum(MEMBER_ROLES).optional(),
})

export const AdminAddDealerMember = z
  .object({
    customer_id: id,
    role: z.enum(MEMBER_ROLES).default("buyer"),
  })
  .strict()
export type AdminAddDealerMemberType = z.infer<typeof AdminAddDealerMember>

export const AdminUpdateDealerMember = z.object({ role: z.enum(MEMBER_ROLES) }).strict()
export type AdminUpdateDealerMemberType = z.infer<typeof AdminUpdateDealerMember>

/** GET /admin/dealers/:id/receivables: overdue days counted to this day (today by default). */
export const AdminGetDealerReceivablesParams = z.object({ as_of: dayKey.optional() }).strict()
export type AdminGetDealerReceivablesParamsType = z.infer<typeof AdminGetDealerReceivablesParams>

/** GET /admin/dealers/:id/progress: a month, quarter or year, as of a day. */
export const AdminGetDealerProgressParams = z.object({
  period: progressPeriod.optional(),
  as_of: dayKey.optional(),
})
export type AdminGetDealerProgressParamsType = z.infer<typeof AdminGetDealerProgressParams>

/** GET /admin/dealers/:id/contributions */
export const AdminGetDealerContributionsParams = z
  .object({
    period: periodKey.optional(),
    ...pageParams(50),
  })
  .strict()
export type AdminGetDealerContributionsParamsType = z.infer<typeof AdminGetDealerContributionsParams>

/** GET /admin/dealers/:id/tier-changes */
export const AdminGetDealerTierChangesParams = findParams({ limit: 50, order: "-created_at" }).extend({
  reviewed_period: oneOrMany(periodKey).optional(),
})

/** GET /admin/dealers/:id/wallet */
export const AdminGetWalletParams = findParams({ limit: 50, order: "-created_at" }).extend({
  kind: z.enum(["money", "marketing_points", "event_credit"]).optional(),
})

/** GET /admin/dealers/:id/payouts */
export const AdminGetPayoutsOfDealerParams = findParams({ limit: 20, order: "-created_at" }).extend(payoutFilters)

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

/** GET /admin/dealers/:id/agreements: every version of the dealer's agreements, newest first. */
export const AdminGetAgreementsOfDealerParams = findParams({ limit: 50, order: "-created_at" }).extend({
  status: statusFilter.optional(),
  number: numberFilter.optional(),
})

/** POST /admin/dealers/:id/agreements: a draft agreement (the terms are the agreement resource's, shared with its updates and versions). */
export const AdminCreateDealerAgreement = z
  .object({
    number: agreementNumber.optional(),
    valid_from: z.coerce.date(),
    ...termsFields,
  })
  .strict()
  .superRefine((data, ctx) =>
    checkTerms(data, ctx, { field: "valid_from", value: data.valid_from }, true)
  )
export type AdminCreateDealerAgreementType = z.infer<typeof AdminCreateDealerAgreement>

/** GET /admin/dealers/:id/bank-accounts (and the store's own, masked) */
export const AdminGetDealerBankAccountsParams = findParams({ limit: 50, order: "created_at" })

const ibanField = z
  .string()
  .trim()
  .max(50)
  .superRefine((value, ctx) => {
    const problem = ibanProblem(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
const bicField = z
  .string()
  .trim()
  .max(20)
  .superRefine((value, ctx) => {
    const problem = bicProblem(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
const holderField = z
  .string()
  .trim()
  .min(1)
  .max(70)
  .refine((value) => sepaText(value) !== null, {
    message: "banks take Latin letters, digits and / - ? : ( ) . , ' + only (write the name as the bank has it)",
  })
const bankAccountFields = {
  holder: holderField,
  iban: ibanField,
  bic: bicField,
  bank_name: z.string().trim().max(140).nullable().optional(),
  is_default: z.boolean().optional(),
}

/** The BIC's country must be the IBAN's (checked here when both are sent, on save otherwise). */
const bicMatchesIban = (body: { iban?: string; bic?: string }, ctx: z.RefinementCtx) => {
  if (!body.iban || !body.bic || ibanProblem(body.iban) || bicProblem(body.bic)) return
  const problem = bicProblem(body.bic, body.iban)
  if (problem) ctx.addIssue({ code: "custom", path: ["bic"], message: problem })
}

export const AdminCreateDealerBankAccount = z.object(bankAccountFields).strict().superRefine(bicMatchesIban)
export type AdminCreateDealerBankAccountType = z.infer<typeof AdminCreateDealerBankAccount>

export const AdminUpdateDealerBankAccount = z
  .object({
    holder: holderField.optional(),
    iban: ibanField.optional(),
    bic: bicField.optional(),
    bank_name: bankAccountFields.bank_name,
    is_default: bankAccountFields.is_default,
  })
  .strict()
  .superRefine(bicMatchesIban)
export type AdminUpdateDealerBankAccountType = z.infer<typeof AdminUpdateDealerBankAccount>
