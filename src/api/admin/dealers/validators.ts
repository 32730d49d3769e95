import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { DEALER_ROLES, DEALER_STATUSES, LEGAL_TYPES } from "../../../modules/dealer-network/models/dealer"
import { MEMBER_ROLES } from "../../../modules/dealer-network/models/dealer-member"
import { dayKey } from "../../utils/validation-primitives"
import { findParams, id, idFilter, oneOrMany } from "../../utils/validation-primitives"

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
  country_code: z.string().length(2).toLowerCase().nullish(),
  currency_code: z.string().length(3).toLowerCase().optional(),
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
  })
  .strict()
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
