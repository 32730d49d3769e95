import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelMaterialRequestWorkflow } from "../../../../../../../workflows/engagement/workflows/cancel-material-request"
import type { Sendable } from "../../../../../../../types/http"
import type { MaterialRequestResponse } from "../../../../../../../types/engagement"
import { refetchMaterialRequest } from "../../../../../../admin/dealer-materials/helpers"
import { dealerAccess } from "../../../membership"

/** Cancels my dealer's request while it is still requested: the units back to the stock, the points to the wallet. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<MaterialRequestResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  await cancelMaterialRequestWorkflow(req.scope).run({ input: { id: req.params.id, dealer_id } })
  res.json({ material_request: await refetchMaterialRequest(req, req.params.id, dealer_id) })
}
