import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../modules/dealer-network/service"

/**
 * The logged-in customer's membership: the only way a store route finds a
 * dealer. Store routes take no dealer id, so nobody reads another dealer's figures.
 */
export async function requireMembership(req: AuthenticatedMedusaRequest) {
  const service: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const [membership] = await service.listDealerMembers({ customer_id: req.auth_context.actor_id }, { take: 1 })
  if (!membership) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a member of a dealer")
  }
  return membership
}
