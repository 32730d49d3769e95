import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endOfDayInstant, startOfDayInstant } from "../../../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { listPage } from "../../utils/list-page"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { dealer_id, created_from, created_to, ...filters } = req.filterableFields as Record<string, unknown>
  const { timeZone } = req.scope.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  const created = {
    ...(created_from ? { $gte: startOfDayInstant(created_from as string, timeZone) } : {}),
    ...(created_to ? { $lte: endOfDayInstant(created_to as string, timeZone) } : {}),
  }
  const { data: conflicts, page } = await listPage(req, "dealer_conflict_case", {
    ...filters,
    ...(Object.keys(created).length ? { created_at: created } : {}),
    ...(dealer_id ? { $or: [{ seller_dealer_id: dealer_id }, { zone_owner_dealer_id: dealer_id }] } : {}),
  })
  res.json({ conflicts, ...page })
}
