import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { monthKeyOf } from "../../src/lib/periods"
import { loadOrderSale } from "../../src/queries/order-sale"
import orderCanceledHandler from "../../src/subscribers/order-canceled"
import orderPlacedHandler from "../../src/subscribers/order-placed"
import orderReturnReceivedHandler from "../../src/subscribers/order-return-received"
import { attributeOrderWorkflow } from "../../src/workflows/sales-plan/workflows/attribute-order"
import { registerCustomer } from "../helpers/auth"
import { checkout, receiveReturn } from "../helpers/checkout"
import { waitFor } from "../helpers/wait"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, createDealer, memberOf, contributionsOf, placeOrder } = wholesaleFixture(api, getContainer)

    async function dealerWithBuyer(code: string, email: string) {
      const dealer = await createDealer({ code, name: `Dealer ${code}` })
      return { dealer, buyer: await memberOf(dealer.id, email) }
    }

    /** Delivers an order event straight to the plugin's subscriber, as a redelivery would. */
    const deliver = (handler: typeof orderPlacedHandler, orderId: string) =>
      handler({ event: { name: "", data: { id: orderId } }, container: getContainer() } as any)

    const progressOf = (dealerId: string, periodKey = monthKeyOf(new Date(), "UTC")) =>
      getContainer()
        .resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
        .sumPeriodProgress({ period_key: periodKey, dealer_ids: [dealerId] })

    it("credits a member's order to their dealer, to the cent, with product lines", async () => {
      const a = await dealerWithBuyer("A", "buyer@a.example")
      const b = await dealerWithBuyer("B", "buyer@b.example")
      const outsider = await registerCustomer(api, store.publishableKey, "walk-in@example.com")

      const orderA = await placeOrder(a.buyer.headers, [
        { variant_id: store.variants["drill-x18"], quantity: 2 },
        { variant_id: store.variants["saw-c7"], quantity: 1 },
      ])
      await placeOrder(b.buyer.headers, [{ variant_id: store.variants["pliers-set"], quantity: 3 }])
      const walkIn = await checkout(api, store, outsider.headers, [{ variant_id: store.variants["drill-x18"], quantity: 1 }])
      const { result: walkInAttribution } = await attributeOrderWorkflow(getContainer()).run({
        input: { order_id: walkIn.id },
      })
      expect(walkInAttribution.dealer).toBeNull()

      expect(await progressOf(a.dealer.id)).toEqual([
        expect.objectContaining({ dealer_id: a.dealer.id, amount: "320.5", order_count: 1, currency_code: "eur" }),
      ])
      expect(await progressOf(b.dealer.id)).toEqual([
        expect.objectContaining({ amount: "59.97", order_count: 1 }),
      ])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "dealer.code"],
        filters: { id: [orderA.id, walkIn.id] },
      })
      const dealerOf = Object.fromEntries(orders.map((o: any) => [o.id, o.dealer?.code ?? null]))
      expect(dealerOf).toEqual({ [orderA.id]: "A", [walkIn.id]: null })

      const [contribution] = await getContainer()
        .resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
        .listDealerContributions({ order_id: orderA.id }, { relations: ["lines"] })
      expect(contribution).toMatchObject({ cause: "order_placed", dealer_id: a.dealer.id, order_count: 1 })
      const lines = contribution.lines.map((l) => [l.product_id, l.quantity, Number(l.amount), l.category_ids])
      expect(lines).toEqual(
        expect.arrayContaining([
          [store.products["drill-x18"], 2, 240, [store.categories["Power tools"]]],
          [store.products["saw-c7"], 1, 80.5, [store.categories["Power tools"]]],
        ])
      )
      expect(await contributionsOf(walkIn.id)).toHaveLength(0)

      const credited = await api.get(`/admin/orders/${orderA.id}/dealer`, admin)
      expect(credited.data.dealer).toMatchObject({ code: "A" })
      expect(credited.data.contributions).toEqual([
        expect.objectContaining({ cause: "order_placed", amount: 320.5, order_count: 1, dealer: expect.objectContaining({ code: "A" }) }),
      ])
      const none = await api.get(`/admin/orders/${walkIn.id}/dealer`, admin)
      expect(none.data).toEqual({ dealer: null, contributions: [] })
      const unknown = await api.get("/admin/orders/order_missing/dealer", admin).catch((e: any) => e)
      expect(unknown.response.status).toBe(404)
    })

    it("reads an order's item amounts as Medusa's Query does, with discounts, tax lines and tax-inclusive prices", async () => {
      const a = await dealerWithBuyer("Q", "buyer@q.example")
      const order = await placeOrder(a.buyer.headers, [
        { variant_id: store.variants["drill-x18"], quantity: 2 },
        { variant_id: store.variants["saw-c7"], quantity: 3 },
      ])
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const items = (
        await pg.raw(
          `select li.id, li.variant_id, oi.version from order_item oi join order_line_item li on li.id = oi.item_id
            where oi.order_id = ? order by li.variant_id`,
          [order.id]
        )
      ).rows as { id: string; variant_id: string; version: number }[]
      const drill = items.find((item) => item.variant_id === store.variants["drill-x18"])!
      const saw = items.find((item) => item.variant_id === store.variants["saw-c7"])!
      const raw = (value: string) => JSON.stringify({ value, precision: 20 })
      // The drill: 19 % tax on top and two discounts, one of them given with tax; the saw: a tax-inclusive price with 7 %.
      await pg.raw(
        `insert into order_line_item_tax_line (id, item_id, code, rate, raw_rate) values
           ('ordlitxl_q1', ?, 'VAT', 19, ?), ('ordlitxl_q2', ?, 'VAT', 7, ?)`,
        [drill.id, raw("19"), saw.id, raw("7")]
      )
      await pg.raw(
        `insert into order_line_item_adjustment (id, item_id, code, amount, raw_amount, is_tax_inclusive, version) values
           ('ordliadj_q1', ?, 'SPRING', 10.005, ?, false, ?), ('ordliadj_q2', ?, 'LOYAL', 11.9, ?, true, ?)`,
        [drill.id, raw("10.005"), drill.version, drill.id, raw("11.9"), drill.version]
      )
      await pg.raw("update order_line_item set is_tax_inclusive = true where id = ?", [saw.id])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "total",
          "*items.tax_lines",
          "*items.adjustments",
          "*items.detail",
          "items.variant_id",
          "items.subtotal",
          "items.discount_total",
          "items.discount_tax_total",
        ],
        filters: { id: order.id },
      })
      const exact = (item: any, field: string) => MathBN.convert(item[`raw_${field}`] ?? item[field]).toFixed()
      const byQuery = (data[0] as any).items.map((item: any) => ({
        variant_id: item.variant_id,
        subtotal: exact(item, "subtotal"),
        discount_total: exact(item, "discount_total"),
        discount_tax_total: exact(item, "discount_tax_total"),
      }))
      const sale = await loadOrderSale(pg, order.id)
      const ours = sale.items.map(({ variant_id, subtotal, discount_total, discount_tax_total }) => ({
        variant_id,
        subtotal: MathBN.convert(subtotal).toFixed(),
        discount_total: MathBN.convert(discount_total).toFixed(),
        discount_tax_total: MathBN.convert(discount_tax_total).toFixed(),
      }))
      expect(ours).toEqual(expect.arrayContaining(byQuery))
      expect(ours).toHaveLength(2)
      // The discounts did happen: the drill's discount without its tax is 10.005 + 11.9 / 1.19.
      const drillSale = ours.find((item) => item.variant_id === store.variants["drill-x18"])!
      expect(MathBN.sub(drillSale.discount_total, drillSale.discount_tax_total).toFixed()).toBe("20.005")
      expect(sale).toMatchObject({ id: order.id, customer_id: a.buyer.id, status: "pending", currency_code: "eur" })
      await expect(loadOrderSale(pg, "order_missing")).rejects.toThrow("order id not found: order_missing")
    })

    it("counts an order once however often order.placed is delivered", async () => {
      const a = await dealerWithBuyer("R", "buyer@r.example")
      const order = await placeOrder(a.buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 1 }])

      for (let delivery = 0; delivery < 3; delivery++) {
        await deliver(orderPlacedHandler, order.id)
      }
      // Concurrent deliveries, as several workers would make them.
      await Promise.all([1, 2, 3].map(() => deliver(orderPlacedHandler, order.id)))

      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "120", order_count: 1 })])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "dealer", fields: ["orders.id"], filters: { id: a.dealer.id } })
      expect((links[0] as any).orders.map((o: any) => o.id)).toEqual([order.id])
    })

    it("takes a canceled order back out of the dealer's progress, once", async () => {
      const a = await dealerWithBuyer("C", "buyer@c.example")
      const kept = await placeOrder(a.buyer.headers, [{ variant_id: store.variants["saw-c7"], quantity: 2 }])
      const canceled = await placeOrder(a.buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 3 }])
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "521", order_count: 2 })])

      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)
      await waitFor(() => contributionsOf(canceled.id), (entries) => entries.length === 2)
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "161", order_count: 1 })])

      await deliver(orderCanceledHandler, canceled.id)
      await deliver(orderCanceledHandler, canceled.id)
      expect(await contributionsOf(canceled.id)).toHaveLength(2)
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "161", order_count: 1 })])
      expect(kept.id).toBeDefined()
    })

    it("takes received return items back out, unit by unit, without losing or doubling a cent", async () => {
      const a = await dealerWithBuyer("RT", "buyer@rt.example")
      const order = await placeOrder(a.buyer.headers, [
        { variant_id: store.variants["pliers-set"], quantity: 3 },
        { variant_id: store.variants["saw-c7"], quantity: 1 },
      ])
      // 3 × 19.99 + 80.50
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "140.47", order_count: 1 })])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["items.id", "items.variant_id"], filters: { id: order.id } })
      const pliersItem = (data[0] as any).items.find((i: any) => i.variant_id === store.variants["pliers-set"])

      await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: pliersItem.id, quantity: 3 }] }, admin)

      const returnPliers = async (quantity: number) => {
        const returnId = await receiveReturn(api, admin, store, order.id, [{ id: pliersItem.id, quantity }])
        await waitFor(
          () => contributionsOf(order.id),
          (entries) => entries.some((e) => e.source_id === returnId)
        )
        return returnId
      }

      const firstReturn = await returnPliers(1)
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "120.48", order_count: 1 })])
      await returnPliers(2)
      // 140.47 − 19.99 − 39.98: the last two units take exactly what was left of the pliers.
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "80.50", order_count: 1 })])

      // The same return event again changes nothing.
      await orderReturnReceivedHandler({
        event: { name: "order.return_received", data: { order_id: order.id, return_id: firstReturn } },
        container: getContainer(),
      } as any)
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "80.50", order_count: 1 })])
      const causes = (await contributionsOf(order.id)).map((e) => e.cause).sort()
      expect(causes).toEqual(["order_placed", "return_received", "return_received"])
    })

    it("credits a draft order converted for a member, like a checkout", async () => {
      const a = await dealerWithBuyer("DR", "buyer@draft.example")
      const address = { first_name: "Draft", last_name: "Buyer", address_1: "Ring 1", city: "Kassel", country_code: "de", postal_code: "34117" }
      const { data } = await api.post(
        "/admin/draft-orders",
        {
          customer_id: a.buyer.id,
          email: "buyer@draft.example",
          region_id: store.regionId,
          sales_channel_id: store.salesChannelId,
          shipping_address: address,
          billing_address: address,
          items: [{ variant_id: store.variants["saw-c7"], quantity: 4 }],
        },
        admin
      )
      await api.post(`/admin/draft-orders/${data.draft_order.id}/convert-to-order`, {}, admin)
      await waitFor(() => contributionsOf(data.draft_order.id), (entries) => entries.length > 0)
      expect(await progressOf(a.dealer.id)).toEqual([expect.objectContaining({ amount: "322", order_count: 1 })])
    })
  },
})
