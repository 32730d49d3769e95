import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectMaterialRequestWorkflow } from "../../../../../workflows/engagement/workflows/reject-material-request"
import type { Sendable } from "../../../../../types/http"
import type { MaterialRequestResponse } from "../../../../../types/engagement"
import { refetchMaterialRequest } from "../../../dealer-materials/helpers"
import type { AdminRejectMaterialRequestType } from "../../validators"

/** Rejected with a reason: the units go back to the stock and the points to the wallet, once (again: nothing changes). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectMaterialRequestType>,
  res: MedusaResponse<Sendable<MaterialRequestResponse>>
) => {
  await rejectMaterialRequestWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ material_request: await refetchMaterialRequest(req, req.params.id) })
}
