import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Headers, registerCustomer } from "../helpers/auth"
import { prepareCart } from "../helpers/checkout"
import { failure } from "../helpers/failure"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const {
      admin,
      store,
      post,
      dealerUnderAgreement,
      placeLinkedOrder: placeOrder,
    } = wholesaleFixture(api, getContainer, { b2bChannel: true })

    /** The price the store shows a shopper for each product, by handle. */
    async function shownPrices(shopper: Headers) {
      const { data } = await api.get(
        `/store/products?region_id=${store.regionId}&fields=handle,*variants.calculated_price`,
        shopper
      )
      return Object.fromEntries(
        data.products.map((p: any) => [p.handle, p.variants[0].calculated_price.calculated_amount])
      )
    }

    async function capture(orderId: string, amount: number) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      const paymentId = order.payment_collections[0].payments[0].id
      await api.post(`/admin/payments/${paymentId}/capture`, { amount }, admin)
    }

    it("gives a member the agreed prices, quantity tiers and tier discount through Medusa's price list", async () => {
      const { tier } = await post("/admin/dealer-tiers", { name: "Gold", rank: 1, discount_percent: 5 })
      const { dealer, buyer, agreement } = await dealerUnderAgreement(
        "PR",
        {
          discount_percent: 10,
          price_terms: [
            { variant_id: store.variants["drill-x18"], amount: 100 },
            { variant_id: store.variants["drill-x18"], amount: 90, min_quantity: 10 },
          ],
        },
        {}
      )
      await post(`/admin/dealers/${dealer.id}`, { tier_id: tier.id })
      const outsider = await registerCustomer(api, store.publishableKey, "walk-in@example.com")

      // drill: agreed 100 less Gold 5% = 95; saw: 80.50 less 10% then 5% = 68.8275 → 68.83;
      // pliers: 19.99 × 0.9 × 0.95 = 17.09145 → 17.09.
      expect(await shownPrices(buyer.headers)).toEqual({ "drill-x18": 95, "saw-c7": 68.83, "pliers-set": 17.09 })
      expect(await shownPrices(outsider.headers)).toEqual({ "drill-x18": 120, "saw-c7": 80.5, "pliers-set": 19.99 })

      // Ten drills reach the quantity tier: 90 less 5% = 85.50 each.
      const cartId = await prepareCart(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 10 }])
      const { data } = await api.get(`/store/carts/${cartId}`, buyer.headers)
      expect(data.cart.items[0].unit_price).toBe(85.5)
      expect(data.cart.item_subtotal).toBe(855)

      const { dealer: stored } = (await api.get(`/admin/dealers/${dealer.id}?fields=price_list_id`, admin)).data
      const { price_list } = (await api.get(`/admin/price-lists/${stored.price_list_id}`, admin)).data
      expect(price_list).toMatchObject({ status: "active", type: "sale" })
      expect(price_list.rules).toEqual({ "customer.groups.id": [dealer.customer_group_id] })

      // Rebuilds at the same time leave one price per variant and quantity break: two for the drill, saw, pliers.
      const rebuilds = await Promise.all([1, 2, 3].map(() => post(`/admin/dealers/${dealer.id}/pricing`)))
      expect(rebuilds.map((r) => r.pricing.price_count)).toEqual([4, 4, 4])
      const { price_list: rebuilt } = (
        await api.get(`/admin/price-lists/${stored.price_list_id}?fields=prices.id`, admin)
      ).data
      expect(rebuilt.prices).toHaveLength(4)

      // Terminating the agreement ends the prices with it.
      await post(`/admin/dealer-agreements/${agreement.id}/terminate`, { reason: "Contract ended" })
      expect(await shownPrices(buyer.headers)).toEqual({ "drill-x18": 120, "saw-c7": 80.5, "pliers-set": 19.99 })
      expect((await api.get(`/admin/price-lists/${stored.price_list_id}`, admin)).data.price_list.status).toBe("draft")
    })

    it("takes a suspended dealer's prices away and gives them back on reactivation, as the admin's suspend prompt states", async () => {
      const { dealer, buyer } = await dealerUnderAgreement("SP", {
        price_terms: [{ variant_id: store.variants["drill-x18"], amount: 100 }],
      })
      expect((await shownPrices(buyer.headers))["drill-x18"]).toBe(100)
      const priceListOf = async () => {
        const { dealer: stored } = (await api.get(`/admin/dealers/${dealer.id}?fields=price_list_id`, admin)).data
        return (await api.get(`/admin/price-lists/${stored.price_list_id}?fields=status,prices.id`, admin)).data.price_list
      }

      await post(`/admin/dealers/${dealer.id}`, { status: "suspended" })
      expect(await shownPrices(buyer.headers)).toEqual({ "drill-x18": 120, "saw-c7": 80.5, "pliers-set": 19.99 })
      expect(await priceListOf()).toMatchObject({ status: "draft", prices: [] })

      await post(`/admin/dealers/${dealer.id}`, { status: "active" })
      expect((await shownPrices(buyer.headers))["drill-x18"]).toBe(100)
      expect((await priceListOf()).status).toBe("active")
    })

    it("refuses a cart over the credit limit with the figures, and takes it once payments bring the balance down", async () => {
      const { buyer } = await dealerUnderAgreement("CR", { credit_limit: 500, payment_terms_days: 30 })

      // 3 × 120 + 25 shipping = 385 on account.
      const first = await placeOrder(buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 3 }])

      // 2 × 80.50 + 25 = 186; 385 + 186 = 571 > 500.
      const cartId = await prepareCart(api, store, buyer.headers, [{ variant_id: store.variants["saw-c7"], quantity: 2 }])
      const check = (await api.get(`/store/carts/${cartId}/dealer-check`, buyer.headers)).data.dealer_check
      expect(check).toMatchObject({
        allowed: false,
        credit: { credit_limit: "500", outstanding: "385", cart_total: "186", available: "115" },
      })
      const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers))
      expect(refused.status).toBe(400)
      expect(refused.body.violations.map((v: any) => v.code)).toEqual(["credit_limit_exceeded"])
      expect(refused.body.message).toContain("the limit is 500.00 EUR, the unpaid balance 385.00 EUR and this cart 186.00 EUR")
      expect(refused.body.message).toContain("71.00 EUR over the limit")
      // The same figures apart, for a storefront to word the refusal in its own language.
      expect(refused.body.violations[0].figures).toEqual({
        agreement_number: expect.any(String),
        currency_code: "eur",
        credit_limit: "500",
        outstanding: "385",
        available: "115",
        cart_total: "186",
        owed_after: "571",
        over_by: "71",
      })

      // The dealer pays 100 of the first order: 285 + 186 = 471 fits.
      await capture(first.id, 100)
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers)
      expect(completed.data.type).toBe("order")
    })

    it("checks simultaneous checkouts of one dealer one after the other against the credit limit", async () => {
      const { buyer } = await dealerUnderAgreement("CC", { credit_limit: 300 })
      // Each cart: 120 + 25 = 145; two make 290 and fit, a third would make 435.
      const carts: string[] = []
      for (let n = 0; n < 3; n++) {
        carts.push(await prepareCart(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 1 }]))
      }
      const outcomes = await Promise.allSettled(
        carts.map((cartId) => api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers))
      )
      const placed = outcomes.filter((o) => o.status === "fulfilled")
      const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [(o.reason as any).response.data] : []))
      expect(placed).toHaveLength(2)
      expect(refused).toEqual([expect.objectContaining({ violations: [expect.objectContaining({ code: "credit_limit_exceeded" })] })])
      expect(refused[0].message).toContain("the unpaid balance 290.00 EUR and this cart 145.00 EUR")
    })

    it("applies the minimum order and the assortment of the dealer's zones", async () => {
      const { territory } = await post("/admin/dealer-territories", { code: "DE", name: "Germany", type: "country", country_code: "de" })
      const { dealer, buyer } = await dealerUnderAgreement("MA", { min_order_amount: 200, restrict_to_assortment: true })
      const { zone } = await post("/admin/dealer-zones", {
        dealer_id: dealer.id,
        territory_id: territory.id,
        starts_at: new Date(Date.now() - 86_400_000).toISOString(),
        product_category_ids: [store.categories["Power tools"]],
      })

      // The pliers go into the cart while no zone limits the assortment yet, and one is added after.
      await post(`/admin/dealer-zones/${zone.id}`, { product_category_ids: [] })
      const small = await prepareCart(api, store, buyer.headers, [{ variant_id: store.variants["pliers-set"], quantity: 1 }])
      await post(`/admin/dealer-zones/${zone.id}`, { product_category_ids: [store.categories["Power tools"]] })
      const refused = await failure(api.post(`/store/carts/${small}/complete`, {}, buyer.headers))
      expect(refused.status).toBe(400)
      expect(refused.body.violations.map((v: any) => [v.code, v.field])).toEqual([
        ["below_minimum_order", "min_order_amount"],
        ["outside_assortment", "items"],
      ])
      expect(refused.body.message).toContain("is 200.00 EUR of goods; this cart has 19.99 EUR, 180.01 EUR short")
      expect(refused.body.message).toContain("outside it: Pliers set")

      // Adding a product outside the assortment is refused at once.
      const adding = await failure(
        api.post(`/store/carts/${small}/line-items`, { variant_id: store.variants["pliers-set"], quantity: 2 }, buyer.headers)
      )
      expect(adding).toMatchObject({ status: 400, body: { violations: [{ code: "outside_assortment", field: "variant_id" }] } })

      const fitting = await prepareCart(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 2 }])
      expect((await api.post(`/store/carts/${fitting}/complete`, {}, buyer.headers)).data.type).toBe("order")
    })

    it("keeps the B2B channel to members of active dealers", async () => {
      const outsider = await registerCustomer(api, store.publishableKey, "walk-in@example.com")
      const drill = [{ variant_id: store.variants["drill-x18"], quantity: 1 }]

      const outsiderCart = await prepareCart(api, store, outsider.headers, drill)
      const refused = await failure(api.post(`/store/carts/${outsiderCart}/complete`, {}, outsider.headers))
      expect(refused).toMatchObject({ status: 400, body: { violations: [{ code: "not_a_dealer" }] } })

      const { dealer, buyer } = await dealerUnderAgreement("SU", {})
      await post(`/admin/dealers/${dealer.id}`, { status: "suspended" })
      const suspendedCart = await prepareCart(api, store, buyer.headers, drill)
      const suspended = await failure(api.post(`/store/carts/${suspendedCart}/complete`, {}, buyer.headers))
      expect(suspended.body.message).toBe(
        "Dealer Dealer SU (SU) is suspended; its members cannot order in the B2B sales channel."
      )

      // Without a B2B channel set, the store is open to everybody again.
      await api.post("/admin/dealer-settings", { b2b_sales_channel_id: null }, admin)
      expect((await api.post(`/store/carts/${outsiderCart}/complete`, {}, outsider.headers)).data.type).toBe("order")

      const badChannel = await failure(api.post("/admin/dealer-settings", { b2b_sales_channel_id: "sc_missing" }, admin))
      expect(badChannel).toMatchObject({ status: 404, body: { message: "b2b_sales_channel_id: sales channel sc_missing was not found" } })
    })

    it("ages receivables of paid, partly paid and overdue orders, for the admin and the dealer's own members", async () => {
      const since = new Date(Date.now() - 365 * 86_400_000).toISOString()
      const { dealer, buyer } = await dealerUnderAgreement("AG", { payment_terms_days: 30, valid_from: since })
      const other = await dealerUnderAgreement("OT", { payment_terms_days: 30 })
      const drill = (quantity: number) => [{ variant_id: store.variants["drill-x18"], quantity }]

      const paid = await placeOrder(buyer.headers, drill(1)) // 145
      const partly = await placeOrder(buyer.headers, drill(2)) // 265
      const old = await placeOrder(buyer.headers, drill(3)) // 385
      await placeOrder(other.buyer.headers, drill(1))
      await capture(paid.id, 145)
      await capture(partly.id, 65)
      // Placed 75 days ago: due 45 days ago under 30 days' terms.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update "order" set created_at = now() - interval '75 days' where id = ?`, [old.id])

      const today = new Date().toISOString().slice(0, 10)
      const { receivables } = (await api.get(`/admin/dealers/${dealer.id}/receivables?as_of=${today}`, admin)).data
      expect(receivables.terms).toMatchObject({ payment_terms_days: 30 })
      expect(receivables.orders.map((o: any) => [o.display_id, o.outstanding, o.paid, o.overdue_days, o.bucket])).toEqual([
        [old.display_id, "385.00", "0.00", 45, "overdue_31_60"],
        [partly.display_id, "200.00", "65.00", 0, "current"],
      ])
      expect(receivables.balances).toEqual([
        expect.objectContaining({
          currency_code: "eur",
          order_count: 2,
          outstanding: "585.00",
          overdue: "385.00",
          current: "200.00",
          overdue_1_30: "0.00",
          overdue_31_60: "385.00",
          overdue_61_90: "0.00",
          overdue_over_90: "0.00",
          max_overdue_days: 45,
        }),
      ])

      // Twenty days on, the old order is 65 days overdue and the recent one not yet due.
      const later = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)
      const aged = (await api.get(`/admin/dealers/${dealer.id}/receivables?as_of=${later}`, admin)).data.receivables
      expect(aged.orders.map((o: any) => o.bucket)).toEqual(["overdue_61_90", "current"])

      const report = (await api.get(`/admin/dealer-receivables?as_of=${today}`, admin)).data
      expect(report.receivables.map((r: any) => [r.dealer.code, r.outstanding, r.overdue])).toEqual([
        ["AG", "585.00", "385.00"],
        ["OT", "145.00", "0.00"],
      ])
      const overdueOnly = (await api.get(`/admin/dealer-receivables?overdue_only=true`, admin)).data
      expect(overdueOnly.receivables.map((r: any) => r.dealer.code)).toEqual(["AG"])

      // The ageing chart's figures: all dealers' orders by bucket, summed in SQL; per dealer with dealer_id.
      const bucketsOf = (ageing: any[]) =>
        ageing.map((row) => [row.currency_code, row.dealers, row.outstanding, row.current, row.overdue_1_30, row.overdue_31_60, row.overdue_61_90, row.overdue_over_90])
      expect(bucketsOf(report.ageing)).toEqual([["eur", 2, "730.00", "345.00", "0.00", "385.00", "0.00", "0.00"]])
      const agAgeing = (await api.get(`/admin/dealer-receivables?as_of=${today}&dealer_id=${dealer.id}`, admin)).data.ageing
      expect(bucketsOf(agAgeing)).toEqual([["eur", 1, "585.00", "200.00", "0.00", "385.00", "0.00", "0.00"]])
      const laterAgeing = (await api.get(`/admin/dealer-receivables?as_of=${later}&dealer_id=${dealer.id}`, admin)).data.ageing
      expect(bucketsOf(laterAgeing)).toEqual([["eur", 1, "585.00", "200.00", "0.00", "0.00", "385.00", "0.00"]])

      const own = (await api.get("/store/dealers/me/receivables", buyer.headers)).data.receivables
      expect(own.dealer_id).toBe(dealer.id)
      expect(own.orders.map((o: any) => o.display_id)).toEqual([old.display_id, partly.display_id])
      const theirs = (await api.get("/store/dealers/me/receivables", other.buyer.headers)).data.receivables
      expect(theirs.orders).toHaveLength(1)

      const badDay = await failure(api.get(`/admin/dealers/${dealer.id}/receivables?as_of=tomorrow`, admin))
      expect(badDay).toMatchObject({ status: 400 })
      expect(badDay.body.message).toContain("as_of")
    })

    it("names the wrong part of the pricing terms", async () => {
      const { dealer } = await post("/admin/dealers", { code: "VT", name: "Dealer VT" })
      const duplicate = await failure(
        api.post(
          `/admin/dealers/${dealer.id}/agreements`,
          {
            valid_from: new Date().toISOString(),
            price_terms: [
              { variant_id: store.variants["saw-c7"], amount: 70 },
              { variant_id: store.variants["saw-c7"], amount: 65 },
            ],
          },
          admin
        )
      )
      expect(duplicate.status).toBe(400)
      expect(duplicate.body.message).toContain("price_terms.1.variant_id")
      const unknown = await failure(
        api.post(
          `/admin/dealers/${dealer.id}/agreements`,
          { valid_from: new Date().toISOString(), price_terms: [{ variant_id: "variant_missing", amount: 5 }] },
          admin
        )
      )
      expect(unknown).toMatchObject({ status: 404, body: { message: "price_terms: variants not found: variant_missing" } })
    })
  },
})
