import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MEMBER_ROLES } from "../../../modules/dealer-network/models/dealer-member"

export const AdminGetAllDealerMembersParams = createFindParams({ limit: 50, offset: 0 }).extend({
  customer_id: z.union([z.string(), z.array(z.string())]).optional(),
  dealer_id: z.union([z.string(), z.array(z.string())]).optional(),
  role: z.enum(MEMBER_ROLES).optional(),
})
