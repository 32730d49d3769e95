/**
 * The plan ledger's running totals (per dealer, period and currency, and per
 * focus key) against the ledger itself, through what orders go through: real
 * checkouts, a redelivered order.placed, a cancellation, a return, a conflict
 * resolution that moves the credit to another dealer, and a workflow undoing
 * what it wrote. After each step every totals row equals the SQL sum of its
 * entries; and the migration's backfill computes the very same rows.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { monthKeyOf } from "../../src/lib/periods"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import { Migration20261203033657 as TotalsMigration } from "../../src/modules/sales-plan/migrations/Migration20261203033657"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import type { Headers } from "../helpers/auth"
import { CheckoutAddress, receiveReturn } from "../helpers/checkout"
import { ledgerTotals, ledgerTotalsMismatches } from "../helpers/ledger"
import { waitFor } from "../helpers/wait"
import { wholesaleFixture } from "../helpers/wholesale-fixture"
import { itemsByHandle, KASSEL, redeliverOrderPlaced, VIENNA, zoneConflictNetwork } from "../helpers/zone-conflict"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const fixture = wholesaleFixture(api, getContainer)
    const { admin, store, post, createDealer, memberOf, contributionsOf } = fixture
    const zoneConflict = zoneConflictNetwork(api, getContainer, fixture)
    /** NORD owns an exclusive zone over Hesse for power tools; SUED's buyer orders, under manual review of conflicts. */
    const network = () => zoneConflict.network({ conflict_policy: "manual_review" })
    /** A checkout, once the order.placed subscriber has credited it (orders may be placed at once). */
    const placeOrder = (buyer: Headers, items: Record<string, number>, address: CheckoutAddress) =>
      fixture.placeOrder(buyer, itemsByHandle(store, items), address)
    const period = monthKeyOf(new Date(), "UTC")
    const knex = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const salesPlan = () => getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)

    const entriesOf = async (orderId: string) => (await contributionsOf(orderId)).length

    /** The totals of a dealer this month, read as the progress surfaces read them. */
    async function totalOf(dealerId: string) {
      const [row] = await salesPlan().sumPeriodProgress({ period_key: period, dealer_ids: [dealerId] })
      return row ? { amount: Number(row.amount).toFixed(2), order_count: row.order_count } : null
    }

    async function focusOf(dealerId: string, focusKey: string) {
      const { rows } = await knex().raw(
        `select amount::text as amount, quantity from dealer_focus_total
          where deleted_at is null and dealer_id = ? and period_key = ? and focus_key = ?`,
        [dealerId, period, focusKey]
      )
      return rows[0] ? { amount: Number(rows[0].amount).toFixed(2), quantity: rows[0].quantity } : null
    }

    const expectTotalsToMatchLedger = async () => expect(await ledgerTotalsMismatches(knex())).toEqual([])

    it("equal the ledger's sums after checkouts, a redelivered order.placed, a cancellation, a return and a conflict resolution", async () => {
      const { owner, seller, buyer } = await network()
      const drill = `product:${store.products["drill-x18"]}`
      const powerTools = `category:${store.categories["Power tools"]}`

      // 2 × 120 + 3 × 19.99 = 299.97 to Vienna: no conflict.
      const kept = await placeOrder(buyer.headers, { "drill-x18": 2, "pliers-set": 3 }, VIENNA)
      // 1 × 120 + 2 × 19.99 = 159.98 to Kassel, inside NORD's exclusive zone: a case waits for an admin.
      const contested = await placeOrder(buyer.headers, { "drill-x18": 1, "pliers-set": 2 }, KASSEL)
      expect(await totalOf(seller.id)).toEqual({ amount: "459.95", order_count: 2 })
      expect(await focusOf(seller.id, drill)).toEqual({ amount: "360.00", quantity: 3 })
      expect(await focusOf(seller.id, powerTools)).toEqual({ amount: "360.00", quantity: 3 })
      await expectTotalsToMatchLedger()

      // order.placed delivered again, three times at once per order: nothing counts twice.
      const redeliver = (orderId: string) => redeliverOrderPlaced(getContainer(), orderId)
      await Promise.all([kept.id, contested.id].flatMap((id) => [1, 2, 3].map(() => redeliver(id))))
      expect(await totalOf(seller.id)).toEqual({ amount: "459.95", order_count: 2 })
      await expectTotalsToMatchLedger()

      await api.post(`/admin/orders/${kept.id}/cancel`, {}, admin)
      await waitFor(() => entriesOf(kept.id), (count) => count === 2)
      expect(await totalOf(seller.id)).toEqual({ amount: "159.98", order_count: 1 })
      expect(await focusOf(seller.id, drill)).toEqual({ amount: "120.00", quantity: 1 })
      await expectTotalsToMatchLedger()

      // One of the two pliers of the contested order comes back.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["items.id", "items.variant_id"], filters: { id: contested.id } })
      const pliers = (data[0] as any).items.find((item: any) => item.variant_id === store.variants["pliers-set"])
      await api.post(`/admin/orders/${contested.id}/fulfillments`, { items: [{ id: pliers.id, quantity: 2 }] }, admin)
      await receiveReturn(api, admin, store, contested.id, [{ id: pliers.id, quantity: 1 }])
      await waitFor(() => entriesOf(contested.id), (count) => count === 2)
      expect(await totalOf(seller.id)).toEqual({ amount: "139.99", order_count: 1 })
      await expectTotalsToMatchLedger()

      // The admin credits the zone owner: what is left of the order moves from SUED to NORD.
      const listed = await api.get(`/admin/dealer-conflicts?dealer_id=${owner.id}&status=open`, admin)
      const [conflict] = listed.data.conflicts
      await post(`/admin/dealer-conflicts/${conflict.id}/resolve`, { resolution: "credit_zone_owner" })
      expect(await totalOf(owner.id)).toEqual({ amount: "139.99", order_count: 1 })
      expect(await totalOf(seller.id)).toEqual({ amount: "0.00", order_count: 0 })
      expect(await focusOf(owner.id, drill)).toEqual({ amount: "120.00", quantity: 1 })
      expect(await focusOf(seller.id, drill)).toEqual({ amount: "0.00", quantity: 0 })
      await redeliver(contested.id)
      await expectTotalsToMatchLedger()

      // A workflow undoing its entry (its compensation deletes it) takes it out of the totals too.
      const { contribution } = await salesPlan().recordContribution({
        dealer_id: owner.id,
        order_id: "order_undone",
        cause: "order_placed",
        source_id: "order_undone",
        period_key: period,
        occurred_at: new Date(),
        currency_code: "eur",
        amount: "50.05",
        order_count: 1,
        lines: [{ product_id: store.products["drill-x18"], variant_id: null, category_ids: [], quantity: 1, amount: "50.05" }],
      })
      expect(await totalOf(owner.id)).toEqual({ amount: "190.04", order_count: 2 })
      await salesPlan().deleteDealerContributions([contribution.id])
      expect(await totalOf(owner.id)).toEqual({ amount: "139.99", order_count: 1 })
      expect(await focusOf(owner.id, drill)).toEqual({ amount: "120.00", quantity: 1 })
      await expectTotalsToMatchLedger()
    })

    it("counts two orders of one dealer placed at the same moment, both", async () => {
      const dealer = await createDealer({ code: "RUSH", name: "Rush" })
      const buyers = [await memberOf(dealer.id, "one@rush.example"), await memberOf(dealer.id, "two@rush.example")]
      // 120 + 80.50 = 200.50
      const orders = await Promise.all(
        buyers.map((buyer, i) => placeOrder(buyer.headers, { [i ? "saw-c7" : "drill-x18"]: 1 }, VIENNA))
      )
      expect(orders).toHaveLength(2)
      expect(await totalOf(dealer.id)).toEqual({ amount: "200.50", order_count: 2 })
      await expectTotalsToMatchLedger()
    })

    it("are rebuilt by the migration's backfill exactly as the ledger keeps them", async () => {
      const { seller, buyer } = await network()
      await placeOrder(buyer.headers, { "drill-x18": 2, "pliers-set": 3 }, VIENNA)
      const canceled = await placeOrder(buyer.headers, { "saw-c7": 1 }, VIENNA)
      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)
      await waitFor(() => entriesOf(canceled.id), (count) => count === 2)
      const kept = await ledgerTotals(knex())
      expect(kept.totals).toEqual([[seller.id, period, "eur", expect.stringMatching(/^299\.97/), "1", expect.any(String)]])
      expect(kept.focus.length).toBeGreaterThanOrEqual(4)

      // On a database whose ledger predates the totals: empty them, run the migration, roll it all back.
      const migration = new TotalsMigration(undefined as any, undefined as any)
      await migration.up()
      const rebuilt = await knex()
        .transaction(async (trx) => {
          await trx.raw("delete from dealer_focus_total")
          await trx.raw("delete from dealer_contribution_total")
          for (const statement of migration.getQueries()) await trx.raw(statement as string)
          const snapshot = await ledgerTotals(trx)
          throw Object.assign(new Error("roll back"), { snapshot })
        })
        .catch((rolledBack) => rolledBack.snapshot)
      expect(rebuilt).toEqual(kept)
      expect(await ledgerTotals(knex())).toEqual(kept)
    })
  },
})
