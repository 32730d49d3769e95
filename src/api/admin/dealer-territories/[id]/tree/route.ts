import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildTree } from "../../../../../lib/dealer-hierarchy"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { refetchDealerTerritory } from "../../helpers"

/** The territory and everything below it as a nested tree. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchDealerTerritory(req.scope, req.params.id, ["id"])
  const service: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const subtree = await service.listTerritorySubtree(req.params.id)
  res.json({ tree: buildTree(subtree, req.params.id), size: subtree.length })
}
