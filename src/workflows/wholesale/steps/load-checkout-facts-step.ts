import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutFacts } from "../../../lib/checkout-rules"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { CategoryPath } from "../../../lib/product-categories"
import { cartTermsOf, type CartTerms, productsOutsideAssortment } from "../../../queries/dealer-terms"
import { sumOutstanding } from "../../../queries/receivables"

export const loadCheckoutFactsStepId = "dealer-network-load-checkout-facts"

export type CheckoutCartFacts = CheckoutFacts & { cartId: string; dealerId: string | null }

type CheckoutCart = {
  id: string
  currency_code: string
  customer_id: string | null
  sales_channel_id: string | null
  total: unknown
  item_subtotal: unknown
  items: { title: string; product_title?: string | null; product?: { categories?: CategoryPath[] | null } | null }[]
}

// Totals are computed by the cart module when these relations are read with them.
const CART_FIELDS = [
  "id",
  "currency_code",
  "customer_id",
  "sales_channel_id",
  "total",
  "item_subtotal",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.product.categories.id",
  "items.product.categories.mpath",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "credit_lines.*",
]

/** What the checkout rules look at: the cart, its buyer's dealer and terms (read here unless given), and what the dealer owes. */
export const loadCheckoutFactsStep = createStep(
  loadCheckoutFactsStepId,
  async (input: { cart_id: string; terms?: CartTerms }, { container }) => {
    const now = new Date()
    const [cart, terms] = await Promise.all([
      cartWithTotals(container, input.cart_id),
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
      cartTotal: String(cart.total ?? 0),
      itemSubtotal: String(cart.item_subtotal ?? 0),
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
            cart.items.map((item) => ({ title: item.product_title ?? item.title, categories: item.product?.categories ?? [] })),
            now
          )
        : [],
    ])
    return new StepResponse({ ...facts, outstanding, itemsOutsideAssortment })
  }
)

async function cartWithTotals(container: MedusaContainer, cartId: string): Promise<CheckoutCart | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
  return (data as CheckoutCart[])[0]
}
