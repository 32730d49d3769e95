import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { checkDealerCartWorkflow } from "../../../../../workflows/wholesale/workflows/check-dealer-cart"

/**
 * The agreement's order rules on the logged-in buyer's cart before checkout:
 * what would stop completion, and the dealer's credit position.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  if (!cart || cart.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id ${req.params.id} was not found`)
  }
  const { result } = await checkDealerCartWorkflow(req.scope).run({ input: { cart_id: cart.id } })
  res.json({ dealer_check: { ...result, allowed: result.violations.length === 0 } })
}
