import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutFacts } from "../../../lib/checkout-rules"
import { loadCheckoutCart } from "../../../queries/checkout-cart"
import { cartTermsOf, type CartTerms, productsOutsideAssortment } from "../../../queries/dealer-terms"
import { sumOutstanding } from "../../../queries/receivables"

export const loadCheckoutFactsStepId = "dealer-network-load-checkout-facts"

export type CheckoutCartFacts = CheckoutFacts & { cartId: string; dealerId: string | null }

/** What the checkout rules look at: the cart, its buyer's dealer and terms (read here unless given), and what the dealer owes. */
export const loadCheckoutFactsStep = createStep(
  loadCheckoutFactsStepId,
  async (input: { cart_id: string; terms?: CartTerms }, { container }) => {
    const now = new Date()
    const [cart, terms] = await Promise.all([
      loadCheckoutCart(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), input.cart_id),
      input.terms ?? cartTermsOf(container, input.cart_id, now),
    ])
    if (!cart || !terms) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: cart ${input.cart_id} was not found`)

    const { dealer, inB2BChannel, agreement } = terms
    const facts: CheckoutCartFacts = {
      cartId: cart.id,
      dealerId: dealer?.id ?? null,
      inB2BChannel,
      dealer: dealer && { code: dealer.code, name: dealer.name, status: dealer.status },
      terms: null,
      currencyCode: cart.currency_code,
      cartTotal: cart.total,
      itemSubtotal: cart.item_subtotal,
      outstanding: "0",
      itemsOutsideAssortment: [],
    }
    if (!dealer || !agreement) return new StepResponse(facts)
    facts.terms = {
      number: agreement.number,
      min_order_amount: agreement.min_order_amount,
      credit_limit: agreement.credit_limit,
      restrict_to_assortment: agreement.restrict_to_assortment,
    }
    const [outstanding, itemsOutsideAssortment] = await Promise.all([
      facts.terms.credit_limit == null
        ? "0"
        : sumOutstanding(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), dealer.id, cart.currency_code),
      agreement.restrict_to_assortment
        ? productsOutsideAssortment(
            container,
            dealer.id,
            cart.items.map((item) => ({ title: item.product_title ?? item.title, categories: item.categories })),
            now
          )
        : [],
    ])
    return new StepResponse({ ...facts, outstanding, itemsOutsideAssortment })
  }
)

