import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { APPLICATION_STATUSES } from "../../../modules/dealer-network/models/dealer-application"
import { DEALER_ROLES } from "../../../modules/dealer-network/models/dealer"

export const AdminGetDealerApplicationParams = createSelectParams()

export const AdminGetDealerApplicationsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  status: z.union([z.enum(APPLICATION_STATUSES), z.array(z.enum(APPLICATION_STATUSES))]).optional(),
  customer_id: z.string().optional(),
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
    parent_id: z.string().nullish(),
    tier_id: z.string().nullish(),
    review_note: z.string().max(2000).nullish(),
    agreement_valid_from: z.coerce.date().optional(),
  })
  .strict()
export type AdminApproveDealerApplicationType = z.infer<typeof AdminApproveDealerApplication>

export const AdminRejectDealerApplication = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminRejectDealerApplicationType = z.infer<typeof AdminRejectDealerApplication>
