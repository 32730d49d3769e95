import type { MedusaRequest, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cartTermsOf, type CartTerms } from "../../../queries/dealer-terms"

export type CartAccess = {
  cart_id: string
  /** The dealer whose member the cart's customer is, if any. */
  dealer_id: string | null
  /** The logged-in customer is the cart's own customer. */
  is_own: boolean
  /** The cart's wholesale terms, read with it. */
  terms: CartTerms
}

/**
 * Who a cart (req.params.id) belongs to, against who is asking; null when
 * there is no such cart. Only a cart's own customer sees its dealer's terms
 * and credit position, or completes a dealer's cart.
 */
export async function cartAccess(req: MedusaRequest): Promise<CartAccess | null> {
  const terms = await cartTermsOf(req.scope, req.params.id)
  if (!terms) return null
  const customerId = (req as MedusaStoreRequest).auth_context?.actor_id
  const { cart } = terms
  return {
    cart_id: cart.id,
    dealer_id: terms.dealer?.id ?? null,
    is_own: !!cart.customer_id && cart.customer_id === customerId,
    terms,
  }
}

/** The answer for a cart the caller may not see: the same as for a cart that does not exist. */
export function cartNotFound(): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, "Cart was not found")
}
