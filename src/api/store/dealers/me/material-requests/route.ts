import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestMaterialsWorkflow } from "../../../../../workflows/engagement/workflows/request-materials"
import type { Sendable } from "../../../../../types/http"
import type { MaterialRequestListResponse, MaterialRequestResponse } from "../../../../../types/engagement"
import { listMaterialRequests, refetchMaterialRequest } from "../../../../admin/dealer-materials/helpers"
import { dealerAccess } from "../membership"
import type { StoreRequestMaterialsType } from "../validators"

/** My dealer's material requests (filters status, id), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<MaterialRequestListResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  res.json(await listMaterialRequests(req, { ...req.filterableFields, dealer_id }))
}

/** Materials for my dealer: the stock and its marketing points are taken in one workflow. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRequestMaterialsType>,
  res: MedusaResponse<Sendable<MaterialRequestResponse>>
) => {
  const { dealer_id } = dealerAccess(req)
  const { result } = await requestMaterialsWorkflow(req.scope).run({
    input: { ...req.validatedBody, dealer_id, requested_by: req.auth_context.actor_id },
  })
  res.status(201).json({ material_request: await refetchMaterialRequest(req, result.id, dealer_id) })
}
