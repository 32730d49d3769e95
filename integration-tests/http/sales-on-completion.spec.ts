import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import orderPlacedHandler from "../../src/subscribers/order-placed"
import { createAdminHeaders, registerCustomer } from "../helpers/auth"
import { checkout, seedWholesaleStore } from "../helpers/checkout"
import { waitFor } from "../helpers/wait"

jest.setTimeout(180_000)

// The plugin option salesEvent = "order.completed": a sale counts when an admin completes the order.
// Set before the app loads medusa-config.ts (Jest gives each test file its own process.env).
process.env.DEALER_NETWORK_SALES_EVENT = "order.completed"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("credits the dealer on completion, not on placement", async () => {
      const admin = await createAdminHeaders(getContainer())
      const store = await seedWholesaleStore(getContainer(), [
        { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
      ])
      const dealer = (await api.post("/admin/dealers", { code: "CMP", name: "Completion Co" }, admin)).data.dealer
      const buyer = await registerCustomer(api, store.publishableKey, "buyer@cmp.example")
      await api.post(`/admin/dealers/${dealer.id}/members`, { customer_id: buyer.id }, admin)

      const order = await checkout(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 2 }])
      await orderPlacedHandler({ event: { name: "order.placed", data: { id: order.id } }, container: getContainer() } as any)
      const ledger = getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
      expect(await ledger.listDealerContributions({ order_id: order.id })).toHaveLength(0)

      await api.post(`/admin/orders/${order.id}/complete`, {}, admin)
      const entries = await waitFor(
        () => ledger.listDealerContributions({ order_id: order.id }),
        (rows) => rows.length > 0
      )
      expect(entries).toEqual([expect.objectContaining({ dealer_id: dealer.id, cause: "order_placed", order_count: 1 })])
      expect(Number(entries[0].amount)).toBe(240)
    })
  },
})
