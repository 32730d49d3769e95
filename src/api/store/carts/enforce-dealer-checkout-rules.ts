import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { checkDealerCartWorkflow } from "../../../workflows/wholesale/workflows/check-dealer-cart"

// How long a completion waits for another completion of the same dealer.
const LOCK_TIMEOUT_SECONDS = 30

/**
 * Runs before Medusa's own POST /store/carts/:id/complete. Medusa's core
 * workflow hooks take one handler app-wide (another plugin's validate hook
 * would replace ours, or ours theirs); route middlewares add up, so the
 * agreement's order rules live here.
 *
 * Completions of one dealer's carts are serialised with the Locking module,
 * held until the response is sent: the next one sees the order the previous
 * one placed when it checks the credit limit.
 */
export async function enforceDealerCheckoutRules(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const dealerId = await dealerOfCart(req)
    if (!dealerId) return await checkThenComplete(req, res, next)
    await req.scope
      .resolve(Modules.LOCKING)
      .execute(`dealer-network-checkout:${dealerId}`, () => checkThenComplete(req, res, next), {
        timeout: LOCK_TIMEOUT_SECONDS,
      })
  } catch (error) {
    next(error)
  }
}

async function checkThenComplete(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { result } = await checkDealerCartWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  if (result.violations.length) {
    res.status(400).json({
      type: MedusaError.Types.NOT_ALLOWED,
      code: "dealer_checkout_rules",
      message: result.violations.map((violation) => violation.message).join(" "),
      violations: result.violations,
      credit: result.credit,
    })
    return
  }
  await new Promise<void>((resolve) => {
    res.once("finish", resolve)
    res.once("close", resolve)
    next()
  })
}

async function dealerOfCart(req: MedusaRequest): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["customer_id"], filters: { id: req.params.id } })
  if (!cart?.customer_id) return null
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const [membership] = await network.listDealerMembers({ customer_id: cart.customer_id }, { take: 1 })
  return membership?.dealer_id ?? null
}
