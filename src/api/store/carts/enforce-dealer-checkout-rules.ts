import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { checkDealerCartWorkflow } from "../../../workflows/wholesale/workflows/check-dealer-cart"
import type { CartTerms } from "../../../queries/dealer-terms"
import { cartAccess, cartNotFound } from "./cart-access"

// How long a completion waits for the other completions of the same dealer
// queued before it (each holds the lock for one checkout, about a second).
const LOCK_TIMEOUT_SECONDS = 120

/**
 * Runs before Medusa's own POST /store/carts/:id/complete. Medusa's core
 * workflow hooks take one handler app-wide (another plugin's validate hook
 * would replace ours, or ours theirs); route middlewares add up, so the
 * agreement's order rules live here.
 *
 * Completions of one dealer's carts are serialised with the Locking module,
 * held until the response is sent: the next one sees the order the previous
 * one placed when it checks the credit limit.
 *
 * A dealer's cart is completed by its own customer only: anyone else (another
 * member of the dealer included) gets the answer for a missing cart, never the
 * rules or the credit position.
 */
export async function enforceDealerCheckoutRules(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await cartAccess(req)
    if (!cart?.dealer_id) return await checkThenComplete(req, res, next, cart?.terms)
    if (!cart.is_own) throw cartNotFound()
    await req.scope
      .resolve(Modules.LOCKING)
      .execute(`dealer-network-checkout:${cart.dealer_id}`, () => checkThenComplete(req, res, next, cart.terms), {
        timeout: LOCK_TIMEOUT_SECONDS,
      })
  } catch (error) {
    if (isLockTimeout(error)) return refuseWhileBusy(res)
    next(error)
  }
}

// Both Medusa's in-memory and Redis locking providers reject a wait that timed out so.
const isLockTimeout = (error: unknown) => error instanceof Error && error.message === "Timed-out acquiring lock."

/** A retryable refusal with a message (Medusa's CONFLICT error would replace the message). */
function refuseWhileBusy(res: MedusaResponse) {
  res.status(409).json({
    type: "conflict",
    code: "dealer_checkout_busy",
    message: "Other checkouts of your dealer are still being placed; nothing was ordered. Try again in a moment.",
  })
}

async function checkThenComplete(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, terms?: CartTerms) {
  const { result } = await checkDealerCartWorkflow(req.scope).run({ input: { cart_id: req.params.id, terms } })
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
