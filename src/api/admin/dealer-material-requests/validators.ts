import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { MATERIAL_REQUEST_STATUSES } from "../../../types/engagement"
import { findParams, idFilter, oneOrMany } from "../../utils/validation-primitives"

/** Filters of a request list (the admin's queue, my dealer's in the store). */
export const materialRequestFilters = {
  status: oneOrMany(z.enum(MATERIAL_REQUEST_STATUSES)).optional(),
  id: idFilter.optional(),
}

/** GET /admin/dealer-material-requests: the queue, oldest first. */
export const AdminGetMaterialRequestsParams = findParams({ limit: 20, order: "created_at" }).extend({
  dealer_id: idFilter.optional(),
  ...materialRequestFilters,
})

export const AdminGetMaterialRequestParams = createSelectParams()

/** POST /admin/dealer-material-requests/:id/ship */
export const AdminShipMaterialRequest = z.object({ tracking_note: z.string().trim().max(1000).nullish() }).strict()
export type AdminShipMaterialRequestType = z.infer<typeof AdminShipMaterialRequest>

/** POST /admin/dealer-material-requests/:id/reject */
export const AdminRejectMaterialRequest = z.object({ reason: z.string().trim().min(1).max(1000) }).strict()
export type AdminRejectMaterialRequestType = z.infer<typeof AdminRejectMaterialRequest>
