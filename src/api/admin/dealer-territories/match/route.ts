import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_NETWORK_MODULE } from "../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../modules/dealer-network/service"
import { refetchDealerTerritory } from "../helpers"
import type { AdminMatchDealerTerritoryType } from "../validators"

/** The most specific territory containing an address, or null. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminMatchDealerTerritoryType>,
  res: MedusaResponse
) => {
  const { country_code, province, postal_code } = req.validatedQuery
  const service: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const match = await service.matchTerritory({ country_code, province, postal_code })
  const territory = match
    ? await refetchDealerTerritory(req.scope, match.id, req.queryConfig.fields)
    : null
  res.json({ territory })
}
