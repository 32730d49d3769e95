import Medusa, { FetchError } from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createDealerNetworkStore } from "../../src/client"
import { registerCustomer } from "../helpers/auth"
import { prepareCart } from "../helpers/checkout"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(300_000)

// The typed store client (medusa-plugin-dealer-network/client) on a real
// @medusajs/js-sdk instance against the running app, as a storefront uses it:
// the SDK logs the customer in and sends the publishable key and the token.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, post, memberOf, dealerUnderAgreement, placeOrder } = wholesaleFixture(api, getContainer, { b2bChannel: true })

    /** The client of a customer registered by the helpers (their password is theirs). */
    async function clientFor(email: string) {
      const sdk = new Medusa({
        baseUrl: api.defaults.baseURL,
        publishableKey: store.publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
      })
      await sdk.auth.login("customer", "emailpass", { email, password: "secret-password" })
      return createDealerNetworkStore(sdk)
    }

    const statusOf = (request: Promise<unknown>) =>
      request.then(
        () => "answered",
        (error) => (error instanceof FetchError ? error.status : error)
      )

    it("gives a buyer its dealer, catalogue, orders, money owed, cart check, tier and plan, and refuses what a buyer does not see", async () => {
      const { dealer, buyer } = await dealerUnderAgreement("CLI", {
        credit_limit: 300,
        payment_terms_days: 14,
        price_terms: [{ variant_id: store.variants["drill-x18"], amount: 100 }],
      })
      const client = await clientFor("buyer@cli.example")

      expect(await client.dealer.retrieve()).toMatchObject({
        dealer: { id: dealer.id, code: "CLI" },
        membership: { role: "buyer" },
        agreement: { payment_terms_days: 14 },
      })
      const { products } = await client.catalog.list({ q: "drill" })
      expect(products.map((product) => [product.handle, product.variants[0].prices[0].amount])).toEqual([["drill-x18", "100.00"]])

      const order = await placeOrder(buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 1 }]) // 100 + 25 shipping
      const unpaid = await client.orders.list({ payment_state: ["unpaid"] })
      expect(unpaid).toMatchObject({ count: 1, orders: [{ order_id: order.id, outstanding: "125.00", placed_by_me: true, payment_terms_days: 14 }] })
      expect(await client.orders.list({ overdue: true })).toMatchObject({ count: 0, orders: [] })
      expect((await client.receivables.retrieve()).receivables.balances).toMatchObject([{ currency_code: "eur", outstanding: "125.00" }])

      // Two more drills (225 with shipping) on top of the 125 owed break the limit of 300.
      const cartId = await prepareCart(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 2 }])
      const { dealer_check } = await client.carts.dealerCheck(cartId)
      expect(dealer_check).toMatchObject({ allowed: false, credit: { credit_limit: "300", outstanding: "125", available: "175" } })
      expect(dealer_check.violations).toMatchObject([
        { code: "credit_limit_exceeded", figures: { credit_limit: "300", outstanding: "125", available: "175", cart_total: "225", over_by: "50" } },
      ])

      expect(await client.tier.retrieve()).toMatchObject({ tier: null, next: null, tiers: [], history: [] })
      expect(await client.alerts.list()).toEqual({ alerts: [], count: 0, offset: 0, limit: 20 })
      expect(await client.conflicts.list({ status: "open" })).toMatchObject({ conflicts: [], count: 0 })
      const { progress } = await client.progress.retrieve()
      expect(progress).toMatchObject({ dealer_id: dealer.id, member_role: "buyer", actual: { amount: "100.00" }, sub_network: null })

      // A buyer sees neither the wallet nor the payouts, and a bad parameter is refused by name.
      expect(await statusOf(client.wallet.retrieve())).toBe(403)
      expect(await statusOf(client.payouts.list())).toBe(403)
      await expect(client.orders.list({ limit: 0 })).rejects.toMatchObject({ status: 400, message: expect.stringContaining("limit") })
    })

    it("lets an owner order materials once per idempotency key, and a customer without a dealer apply to become one", async () => {
      const { dealer } = await dealerUnderAgreement("OWN", {})
      await memberOf(dealer.id, "owner@own.example", "owner")
      const { material } = await post("/admin/dealer-materials", { code: "KIT", title: "Launch kit", kind: "digital_kit", points_price: 0 })
      const owner = await clientFor("owner@own.example")

      const body = { lines: [{ material_id: material.id, quantity: 2 }] }
      const first = await owner.materialRequests.create(body, { idempotencyKey: "portal-request-1" })
      const retried = await owner.materialRequests.create(body, { idempotencyKey: "portal-request-1" })
      expect(retried.material_request.id).toBe(first.material_request.id)
      expect(await owner.materialRequests.list()).toMatchObject({ count: 1 })
      const cancelled = await owner.materialRequests.cancel(first.material_request.id, { idempotencyKey: "portal-cancel-1" })
      expect(cancelled.material_request.status).toBe("cancelled")

      await registerCustomer(api, store.publishableKey, "walk-in@client.example")
      const walkIn = await clientFor("walk-in@client.example")
      expect(await statusOf(walkIn.dealer.retrieve())).toBe(404)
      const { application } = await walkIn.applications.create({ company_name: "Walk-in Werkzeuge GmbH", country_code: "DE" })
      expect(application).toMatchObject({ company_name: "Walk-in Werkzeuge GmbH", country_code: "de" })
      expect((await walkIn.applications.list()).applications.map((a) => a.id)).toEqual([application.id])
    })
  },
})
