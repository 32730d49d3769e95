import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Sendable } from "../../../../types/http"
import type { MaterialRequestResponse } from "../../../../types/engagement"
import { refetchMaterialRequest } from "../../dealer-materials/helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<MaterialRequestResponse>>) => {
  res.json({ material_request: await refetchMaterialRequest(req, req.params.id) })
}
