import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutFacts } from "../../../lib/checkout-rules"
import { dayKeyOf } from "../../../lib/periods"
import { categoriesWithAncestors, CategoryPath } from "../../../lib/product-categories"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { sumReceivables } from "../receivables"

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

    const { b2b_sales_channel_id } = await service.getSettings()
    const [membership] = cart.customer_id
      ? await service.listDealerMembers({ customer_id: cart.customer_id }, { relations: ["dealer"], take: 1 })
      : []
    const dealer = membership?.dealer ?? null
    const facts: CheckoutCartFacts = {
      cartId: cart.id,
      dealerId: dealer?.id ?? null,
      inB2BChannel: !!b2b_sales_channel_id && cart.sales_channel_id === b2b_sales_channel_id,
      dealer: dealer && { code: dealer.code, name: dealer.name, status: dealer.status },
      terms: null,
      currencyCode: cart.currency_code,
      cartTotal: String(cart.total ?? 0),
      itemSubtotal: String(cart.item_subtotal ?? 0),
      outstanding: "0",
      itemsOutsideAssortment: [],
    }
    // Outside the B2B channel (when one is set) a member shops as a retail customer.
    const wholesale = facts.inB2BChannel || !b2b_sales_channel_id
    if (!dealer || dealer.status !== "active" || !wholesale) return new StepResponse(facts)

    const now = new Date()
    const agreement = await service.retrieveEffectiveAgreement(dealer.id, now)
    if (!agreement) return new StepResponse(facts)
    facts.terms = {
      number: agreement.number,
      min_order_amount: agreement.min_order_amount == null ? null : String(agreement.min_order_amount),
      credit_limit: agreement.credit_limit == null ? null : String(agreement.credit_limit),
      restrict_to_assortment: agreement.restrict_to_assortment,
    }
    if (facts.terms.credit_limit != null) {
      const { rows } = await sumReceivables(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
        dealerIds: [dealer.id],
        asOfDay: dayKeyOf(now, service.getOptions().timeZone),
        timeZone: service.getOptions().timeZone,
      })
      facts.outstanding = rows.find((row) => row.currency_code === cart.currency_code)?.outstanding ?? "0"
    }
    if (agreement.restrict_to_assortment) {
      const assortment = await service.retrieveAssortment(dealer.id, now)
      if (assortment.restricted) {
        const allowed = new Set(assortment.category_ids)
        facts.itemsOutsideAssortment = cart.items
          .filter((item) => !categoriesWithAncestors(item.product?.categories ?? []).some((id) => allowed.has(id)))
          .map((item) => item.product_title ?? item.title)
      }
    }
    return new StepResponse(facts)
  }
)
