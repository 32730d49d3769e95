import type { MedusaContainer } from "@medusajs/framework/types"
import { categoriesWithAncestors, CategoryPath } from "../lib/product-categories"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"

/**
 * The wholesale terms a customer's cart is under: their dealer, whether the
 * cart is in the B2B channel, and the agreement in force when the dealer is
 * active and the cart is wholesale (in the B2B channel, or anywhere when no
 * channel is set; elsewhere a member shops as a retail customer).
 */
export async function wholesaleTermsOf(
  container: MedusaContainer,
  cart: { customer_id?: string | null; sales_channel_id?: string | null },
  at: Date = new Date()
) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const { b2b_sales_channel_id } = await network.getSettings()
  const [membership] = cart.customer_id
    ? await network.listDealerMembers({ customer_id: cart.customer_id }, { relations: ["dealer"], take: 1 })
    : []
  const dealer = membership?.dealer ?? null
  const inB2BChannel = !!b2b_sales_channel_id && cart.sales_channel_id === b2b_sales_channel_id
  const wholesale = inB2BChannel || !b2b_sales_channel_id
  const agreement =
    dealer?.status === "active" && wholesale ? await network.retrieveEffectiveAgreement(dealer.id, at) : null
  return { dealer, inB2BChannel, agreement }
}

/** The titles of the products outside the dealer's assortment (its zones' categories and below) at a moment. */
export async function productsOutsideAssortment(
  container: MedusaContainer,
  dealerId: string,
  products: { title: string; categories: CategoryPath[] }[],
  at: Date = new Date()
): Promise<string[]> {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const assortment = await network.retrieveAssortment(dealerId, at)
  if (!assortment.restricted) return []
  const allowed = new Set(assortment.category_ids)
  return products
    .filter((product) => !categoriesWithAncestors(product.categories).some((id) => allowed.has(id)))
    .map((product) => product.title)
}
