import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkDealerCartWorkflow } from "../../../../../workflows/wholesale/workflows/check-dealer-cart"
import { cartAccess, cartNotFound } from "../../cart-access"
import type { Sendable } from "../../../../../types/http"
import type { DealerCartCheckResponse } from "../../../../../types/store"

/**
 * The agreement's order rules on the logged-in buyer's cart before checkout:
 * what would stop completion, and the dealer's credit position. Anyone else's
 * cart answers as a missing one.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerCartCheckResponse>>) => {
  const cart = await cartAccess(req)
  if (!cart?.is_own) throw cartNotFound()
  const { result } = await checkDealerCartWorkflow(req.scope).run({ input: { cart_id: cart.cart_id, terms: cart.terms } })
  res.json({ dealer_check: { ...result, allowed: result.violations.length === 0 } })
}
