import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import orderPlacedHandler from "../../src/subscribers/order-placed"
import type { Api, Headers } from "./auth"
import { checkout, CheckoutAddress, WholesaleStore } from "./checkout"
import type { wholesaleFixture } from "./wholesale-fixture"

// The network the specs of channel conflicts order in, through real checkouts.

/** Inside Hesse (Kassel). */
export const KASSEL: CheckoutAddress = { country_code: "de", postal_code: "34117", city: "Kassel" }
/** In Austria. */
export const VIENNA: CheckoutAddress = { country_code: "at", postal_code: "1010", city: "Wien" }

/** Delivers order.placed straight to the plugin's subscriber, as a redelivery would. */
export const redeliverOrderPlaced = (container: MedusaContainer, orderId: string) =>
  orderPlacedHandler({ event: { name: "order.placed", data: { id: orderId } }, container } as any)

const SUBSCRIBER_WAIT_MS = 60_000

/** Items of a checkout, by product handle and quantity. */
export const itemsByHandle = (store: WholesaleStore, items: Record<string, number>) =>
  Object.entries(items).map(([handle, quantity]) => ({ variant_id: store.variants[handle], quantity }))

export function zoneConflictNetwork(api: Api, getContainer: () => MedusaContainer, fixture: ReturnType<typeof wholesaleFixture>) {
  const { post, store, createDealer, memberOf } = fixture

  /**
   * Germany → Hesse (postcodes 34–36) → Kassel (341), and Austria. Dealer NORD
   * owns an exclusive zone over Hesse for power tools; dealer SUED, whose buyer
   * orders, signs an agreement with the given conflict terms (none without terms).
   */
  async function network(agreementTerms?: Record<string, unknown>) {
    const de = (await post("/admin/dealer-territories", { code: "DE", name: "Germany", type: "country", country_code: "de" })).territory
    const hesse = (
      await post("/admin/dealer-territories", { code: "DE-HE", name: "Hesse", type: "region", parent_id: de.id, postal_prefixes: ["34", "35", "36"] })
    ).territory
    const kassel = (
      await post("/admin/dealer-territories", { code: "DE-HE-KS", name: "Kassel", type: "city", parent_id: hesse.id, postal_prefixes: ["341"] })
    ).territory
    const at = (await post("/admin/dealer-territories", { code: "AT", name: "Austria", type: "country", country_code: "at" })).territory

    const owner = await createDealer({ code: "NORD", name: "Nord Werkzeuge" })
    const seller = await createDealer({ code: "SUED", name: "Süd Handel" })
    const buyer = await memberOf(seller.id, "buyer@sued.example")
    const zone = (
      await post("/admin/dealer-zones", {
        dealer_id: owner.id,
        territory_id: hesse.id,
        is_exclusive: true,
        starts_at: "2025-01-01T00:00:00.000Z",
        product_category_ids: [store.categories["Power tools"]],
      })
    ).zone
    if (agreementTerms) {
      const { agreement } = await post(`/admin/dealers/${seller.id}/agreements`, {
        valid_from: "2025-01-01T00:00:00.000Z",
        ...agreementTerms,
      })
      await post(`/admin/dealer-agreements/${agreement.id}/activate`, {})
    }
    return { de, hesse, kassel, at, owner, seller, buyer, zone }
  }

  /**
   * A checkout of items by handle, once every order.placed subscriber
   * (attribution, zone check) has finished with it; the wait is long, as a
   * checkout on the loaded test machine takes seconds.
   */
  async function placeOrder(buyer: Headers, items: Record<string, number>, address: CheckoutAddress) {
    const handled = TestEventUtils.waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS), {
      timeout: SUBSCRIBER_WAIT_MS,
    })
    const order = await checkout(api, store, buyer, itemsByHandle(store, items), address)
    await handled
    return order
  }

  return { network, placeOrder }
}
