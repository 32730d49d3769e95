import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildTree } from "../../../../../lib/dealer-hierarchy"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { refetchDealer } from "../../helpers"
import type { DealerTreeResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

/** The dealer's sub-network as a nested tree, and its ancestors (nearest first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerTreeResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const service: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const [subtree, ancestors] = await Promise.all([
    service.listSubtree(req.params.id),
    service.listAncestors(req.params.id),
  ])
  res.json({
    tree: buildTree(subtree, req.params.id),
    ancestors,
    size: subtree.length,
  })
}
