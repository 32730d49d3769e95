import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../../../utils/list-page"
import type { Sendable } from "../../../../../types/http"
import type { StoreAlertsResponse } from "../../../../../types/store"
import { dealerAccess } from "../membership"

/** My dealer's deviation alerts (behind plan, projected to miss it, short of its volume commitment), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreAlertsResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const { data: alerts, page } = await listPage(req, "dealer_deviation_alert", { ...req.filterableFields, dealer_id })
  res.json({ alerts, ...page })
}
