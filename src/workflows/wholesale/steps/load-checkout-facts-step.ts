import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutFacts } from "../../../lib/checkout-rules"
import { dayKeyOf } from "../../../lib/periods"
import type { CategoryPath } from "../../../lib/product-categories"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { productsOutsideAssortment, wholesaleTermsOf } from "../../../queries/dealer-terms"
import { sumReceivables } from "../../../queries/receivables"

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

/** What the checkout rules look at: the cart, its buyer's dealer and terms, and what the dealer owes. */
export const loadCheckoutFactsStep = createStep(
  loadCheckoutFactsStepId,
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const {
      data: [cart],
    } = (await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: input.cart_id } })) as {
      data: CheckoutCart[]
    }
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: cart ${input.cart_id} was not found`)

    const now = new Date()
    const { dealer, inB2BChannel, agreement } = await wholesaleTermsOf(container, cart, now)
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
      min_order_amount: agreement.min_order_amount == null ? null : String(agreement.min_order_amount),
      credit_limit: agreement.credit_limit == null ? null : String(agreement.credit_limit),
      restrict_to_assortment: agreement.restrict_to_assortment,
    }
    if (facts.terms.credit_limit != null) {
      const { timeZone } = service.getOptions()
      const { rows } = await sumReceivables(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
        dealerIds: [dealer.id],
        asOfDay: dayKeyOf(now, timeZone),
        timeZone,
      })
      facts.outstanding = rows.find((row) => row.currency_code === cart.currency_code)?.outstanding ?? "0"
    }
    if (agreement.restrict_to_assortment) {
      facts.itemsOutsideAssortment = await productsOutsideAssortment(
        container,
        dealer.id,
        cart.items.map((item) => ({ title: item.product_title ?? item.title, categories: item.product?.categories ?? [] })),
        now
      )
    }
    return new StepResponse(facts)
  }
)
