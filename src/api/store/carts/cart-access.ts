import type { MedusaRequest, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export type CartAccess = {
  cart_id: string
  /** The dealer whose member the cart's customer is, if any. */
  dealer_id: string | null
  /** The logged-in customer is the cart's own customer. */
  is_own: boolean
}

/**
 * Who a cart (req.params.id) belongs to, against who is asking; null when
 * there is no such cart. Only a cart's own customer sees its dealer's terms
 * and credit position, or completes a dealer's cart.
 */
export async function cartAccess(req: MedusaRequest): Promise<CartAccess | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  if (!cart) return null
  const customerId = (req as MedusaStoreRequest).auth_context?.actor_id
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const [membership] = cart.customer_id
    ? await network.listDealerMembers({ customer_id: cart.customer_id }, { take: 1 })
    : []
  return {
    cart_id: cart.id,
    dealer_id: membership?.dealer_id ?? null,
    is_own: !!cart.customer_id && cart.customer_id === customerId,
  }
}

/** The answer for a cart the caller may not see: the same as for a cart that does not exist. */
export function cartNotFound(): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, "Cart was not found")
}
