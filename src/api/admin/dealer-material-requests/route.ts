import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Sendable } from "../../../types/http"
import type { MaterialRequestListResponse } from "../../../types/engagement"
import { listMaterialRequests } from "../dealer-materials/helpers"

/** The requests queue (filters status, dealer_id), oldest first, with their lines and dealers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<MaterialRequestListResponse>>) => {
  res.json(await listMaterialRequests(req, req.filterableFields))
}
