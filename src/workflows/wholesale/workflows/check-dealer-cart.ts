import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkoutViolations, creditPosition } from "../../../lib/checkout-rules"
import type { CartTerms } from "../../../queries/dealer-terms"
import { loadCheckoutFactsStep } from "../steps/load-checkout-facts-step"

export const checkDealerCartWorkflowId = "dealer-network-check-dealer-cart"

/**
 * The agreement's order rules applied to a cart: B2B channel membership,
 * minimum order, assortment and credit limit. Returns the violations (none
 * when the cart may be completed) and the dealer's credit position. `terms`
 * are the cart's wholesale terms when the caller has read them already.
 */
export const checkDealerCartWorkflow = createWorkflow(
  checkDealerCartWorkflowId,
  (input: { cart_id: string; terms?: CartTerms }) => {
    const facts = loadCheckoutFactsStep(input)
    const result = transform({ facts }, ({ facts }) => ({
      cart_id: facts.cartId,
      dealer_id: facts.dealerId,
      agreement_number: facts.terms?.number ?? null,
      currency_code: facts.currencyCode,
      violations: checkoutViolations(facts),
      credit: creditPosition(facts),
      min_order_amount: facts.terms?.min_order_amount ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
