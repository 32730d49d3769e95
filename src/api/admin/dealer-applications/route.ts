import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/list-page"
import type { DealerApplicationListResponse } from "../../../types/dealer-network"
import type { Sendable } from "../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Sendable<DealerApplicationListResponse>>
) => {
  const { data: applications, page } = await listPage(req, "dealer_application")
  res.json({ applications, ...page })
}
