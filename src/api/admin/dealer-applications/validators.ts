import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { APPLICATION_STATUSES, DEALER_ROLES } from "../../../types/dealer-network"
import { findParams, id, idFilter, oneOrMany } from "../../utils/validation-primitives"

export const AdminGetDealerApplicationParams = createSelectParams()

export const AdminGetDealerApplicationsParams = findParams({ limit: 20 }).extend({
  q: z.string().optional(),
  status: oneOrMany(z.enum(APPLICATION_STATUSES)).optional(),
  customer_id: idFilter.optional(),
})

export const AdminApproveDealerApplication = z
  .object({
    code: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, - and _ only"),
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(DEALER_ROLES).optional(),
    parent_id: id.nullish(),
    tier_id: id.nullish(),
    review_note: z.string().max(2000).nullish(),
    agreement_valid_from: z.coerce.date().optional(),
  })
  .strict()
export type AdminApproveDealerApplicationType = z.infer<typeof AdminApproveDealerApplication>

export const AdminRejectDealerApplication = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminRejectDealerApplicationType = z.infer<typeof AdminRejectDealerApplication>
