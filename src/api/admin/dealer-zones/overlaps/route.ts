import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_NETWORK_MODULE } from "../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../modules/dealer-network/service"
import type { ZoneOverlapListResponse } from "../../../../types/dealer-network"
import type { Sendable } from "../../../../types/http"

/**
 * Zones that overlap another dealer's zone by the rule zone writes are checked
 * by: stored before the rule, or brought together by a territory move.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<ZoneOverlapListResponse>>) => {
  const service: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  res.json({ overlaps: await service.listZoneOverlaps() })
}
