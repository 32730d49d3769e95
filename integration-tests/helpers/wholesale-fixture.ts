import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { adminRequests, adminSession, Api, Headers, registerCustomer } from "./auth"
import { checkout, CheckoutAddress, ProductSeed, seedWholesaleStore, TOOLS, WholesaleStore } from "./checkout"
import { waitFor } from "./wait"

type Items = { variant_id: string; quantity: number }[]

export type WholesaleFixtureOptions = {
  products?: ProductSeed[]
  /** Whether the store's sales channel is set as the plugin's B2B channel. */
  b2bChannel?: boolean
}

/**
 * The wholesale store every checkout spec starts from, seeded before each test:
 * an admin session, a store that takes real checkouts (seedWholesaleStore), and
 * the dealers, members and orders the specs build on it. `admin` and `store` are
 * the same objects throughout; their contents are renewed before each test.
 */
export function wholesaleFixture(
  api: Api,
  getContainer: () => MedusaContainer,
  { products = [TOOLS.drill, TOOLS.saw, TOOLS.pliers], b2bChannel = false }: WholesaleFixtureOptions = {}
) {
  const admin = adminSession(getContainer)
  const store = {} as WholesaleStore
  const { post, get, createDealer } = adminRequests(api, admin)

  beforeEach(async () => {
    Object.assign(store, await seedWholesaleStore(getContainer(), products))
    if (b2bChannel) await post("/admin/dealer-settings", { b2b_sales_channel_id: store.salesChannelId })
  })

  /** A customer registered in the store and made a member of the dealer. */
  async function memberOf(dealerId: string, email: string, role = "buyer") {
    const customer = await registerCustomer(api, store.publishableKey, email)
    await post(`/admin/dealers/${dealerId}/members`, { customer_id: customer.id, role })
    return customer
  }

  const buyerOf = async (dealerId: string, email: string) => (await memberOf(dealerId, email)).headers

  /** A dealer with a buyer and an agreement in force (since yesterday) with the given terms. */
  async function dealerUnderAgreement(code: string, terms: Record<string, unknown> = {}, dealerFields = {}) {
    const dealer = await createDealer({ code, name: `Dealer ${code}`, ...dealerFields })
    const buyer = await memberOf(dealer.id, `buyer@${code.toLowerCase()}.example`)
    const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
      valid_from: new Date(Date.now() - 86_400_000).toISOString(),
      ...terms,
    })
    await post(`/admin/dealer-agreements/${agreement.id}/activate`)
    return { dealer, buyer, agreement }
  }

  const contributionsOf = (orderId: string) =>
    getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).listDealerContributions({ order_id: orderId })

  /** A buyer's checkout (shipped to Kassel unless told), once the order.placed subscriber has credited it to the dealer's plan ledger. */
  async function placeOrder(buyer: Headers, items: Items, address?: CheckoutAddress) {
    const order = await checkout(api, store, buyer, items, address)
    await waitFor(() => contributionsOf(order.id), (entries) => entries.length > 0)
    return order
  }

  /** A buyer's checkout, once the order.placed subscriber has linked the order to its dealer. */
  async function placeLinkedOrder(buyer: Headers, items: Items) {
    const order = await checkout(api, store, buyer, items)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    await waitFor(
      async () => (await query.graph({ entity: "order", fields: ["dealer.id"], filters: { id: order.id } })).data,
      ([linked]: any[]) => Boolean(linked?.dealer?.id)
    )
    return order
  }

  return {
    admin,
    store,
    post,
    get,
    createDealer,
    memberOf,
    buyerOf,
    dealerUnderAgreement,
    contributionsOf,
    placeOrder,
    placeLinkedOrder,
  }
}
