import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipMaterialRequestWorkflow } from "../../../../../workflows/engagement/workflows/ship-material-request"
import type { Sendable } from "../../../../../types/http"
import type { MaterialRequestResponse } from "../../../../../types/engagement"
import { refetchMaterialRequest } from "../../../dealer-materials/helpers"
import type { AdminShipMaterialRequestType } from "../../validators"

/** Shipped from the marketing stock, with a tracking note; shipping it again changes nothing. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminShipMaterialRequestType>,
  res: MedusaResponse<Sendable<MaterialRequestResponse>>
) => {
  await shipMaterialRequestWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ material_request: await refetchMaterialRequest(req, req.params.id) })
}
