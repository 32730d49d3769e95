import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../../types/dealer-network"
import { findParams, idFilter } from "../../utils/validation-primitives"

export const AdminGetAllDealerMembersParams = findParams({ limit: 50 }).extend({
  customer_id: idFilter.optional(),
  dealer_id: idFilter.optional(),
  role: z.enum(MEMBER_ROLES).optional(),
})
