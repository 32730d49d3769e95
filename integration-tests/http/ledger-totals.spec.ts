/**
 * The plan ledger's running totals (per dealer, period and currency, and per
 * focus key) against the ledger itself, through what orders go through: real
 * checkouts, a redelivered order.placed, a cancellation, a return, a conflict
 * resolution that moves the credit to another dealer, and a workflow undoing
 * what it wrote. After each step every totals row equals the SQL sum of its
 * entries; and the migration's backfill computes the very same rows. The
 * per-dealer-per-period standing equals the plan and the ledger's sum through
 * the same steps and through plan saves, edits, imports, deletes and an annual
 * split, and the ranking read from its index equals the ranking read from the ledger.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { monthKeyOf } from "../../src/lib/periods"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import { Migration20261203033657 as TotalsMigration } from "../../src/modules/sales-plan/migrations/Migration20261203033657"
import { Migration20261203114735 as StandingMigration } from "../../src/modules/sales-plan/migrations/Migration20261203114735"
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

    it("keep each dealer's standing equal to its plan and ledger through plan writes, and rank from it as from the ledger", async () => {
      const dealers: Record<string, { id: string }> = {}
      for (const code of ["AHEAD", "BEHIND", "NOSALE", "NOPLAN", "HALF", "HALF2", "TINY"]) {
        dealers[code] = await createDealer({ code, name: `Dealer ${code}` })
      }
      let orderNo = 0
      const sale = (code: string, amount: string, orderCount = 1) => {
        orderNo += 1
        return salesPlan().recordContribution({
          dealer_id: dealers[code].id,
          order_id: `order_standing_${orderNo}`,
          cause: "order_placed",
          source_id: `order_standing_${orderNo}`,
          period_key: period,
          occurred_at: new Date(),
          currency_code: "eur",
          amount,
          order_count: orderCount,
          lines: [],
        })
      }
      const plan = (code: string, target_amount: number, extra: Record<string, unknown> = {}) =>
        post("/admin/dealer-plans", { dealer_id: dealers[code].id, period, target_amount, target_order_count: 3, ...extra })
      const standingOf = async (code: string) => {
        const { rows } = await knex().raw(
          `select target_amount::text as target, actual_amount::text as actual, actual_order_count as orders
             from dealer_period_standing where deleted_at is null and dealer_id = ? and period_key = ?`,
          [dealers[code].id, period]
        )
        return rows[0] ? { target: rows[0].target && Number(rows[0].target).toFixed(2), actual: Number(rows[0].actual).toFixed(2), orders: rows[0].orders } : null
      }

      await sale("AHEAD", "700.50")
      await sale("BEHIND", "100.25")
      await sale("NOPLAN", "80")
      await sale("HALF", "100")
      await sale("HALF2", "200", 2)
      await sale("TINY", "5")
      // The same event again: counted once.
      await salesPlan().recordContribution({
        dealer_id: dealers.AHEAD.id, order_id: "order_standing_1", cause: "order_placed", source_id: "order_standing_1",
        period_key: period, occurred_at: new Date(), currency_code: "eur", amount: "700.50", order_count: 1, lines: [],
      })
      expect(await standingOf("AHEAD")).toEqual({ target: null, actual: "700.50", orders: 1 })
      await expectTotalsToMatchLedger()

      // Saved plans (HALF and HALF2 both at 50 %: a tie broken by the deviation), then one edited.
      const ahead = (await plan("AHEAD", 500)).plan
      await plan("BEHIND", 1000.5)
      const noSale = (await plan("NOSALE", 300)).plan
      await plan("HALF", 200)
      await plan("HALF2", 400)
      await post(`/admin/dealer-plans/${ahead.id}`, { target_amount: 600 })
      expect(await standingOf("AHEAD")).toEqual({ target: "600.00", actual: "700.50", orders: 1 })
      expect(await standingOf("NOSALE")).toEqual({ target: "300.00", actual: "0.00", orders: 0 })
      await expectTotalsToMatchLedger()

      // A CSV import creates one plan and updates another.
      const imported = await api.post(
        "/admin/dealer-plans/import",
        {
          csv: [
            "dealer_code,period,target_amount,target_order_count,target_type,target_ref,metric,target_value,currency_code,note",
            `TINY,${period},0.01,1,,,,,,`,
            `BEHIND,${period},2000,5,,,,,,`,
          ].join("\n"),
          dry_run: false,
        },
        admin
      )
      expect(imported.data).toMatchObject({ plans_created: 1, plans_updated: 1, errors: [] })
      expect(await standingOf("BEHIND")).toEqual({ target: "2000.00", actual: "100.25", orders: 1 })
      await expectTotalsToMatchLedger()

      // Read from the standing's index or from the plans and the ledger: the same pages, at any share of the month.
      // Below half the month TINY's plan expects nothing yet (0.01 × share rounds to 0): the index is not used then.
      const indexed = jest.spyOn(salesPlan() as any, "rankFromStandingIndex_")
      const rank = (share: string, offset: number, viaLedger: boolean, dealerIds?: string[]) =>
        salesPlan().rankPeriodProgress({
          period_key: period,
          expected_share: share,
          dealer_ids: dealerIds,
          limit: 3,
          offset,
          credited_until: viaLedger ? new Date("2999-01-01T00:00:00.000Z") : undefined,
        })
      for (const share of ["1", "0.5", "0.3333333333", "0"]) {
        for (const offset of [0, 3, 6, 9]) {
          const [fromStanding, fromLedger] = [await rank(share, offset, false), await rank(share, offset, true)]
          const usedIndex = (await indexed.mock.results.at(-1)!.value) !== null
          expect([share, offset, fromStanding.rows, usedIndex]).toEqual([share, offset, fromLedger.rows, share === "1" || share === "0.5"])
          // Past the last page the ledger's ranking has no row to count on (the route counts again); the index counts anyway.
          expect(fromStanding.count).toBe(fromLedger.rows.length || usedIndex ? 7 : 0)
        }
      }
      // Some dealers only (a filtered list): the standing's rows of those dealers, sorted alike.
      const some = [dealers.HALF.id, dealers.NOPLAN.id, dealers.TINY.id, dealers.BEHIND.id]
      expect(await rank("0.5", 0, false, some)).toEqual(await rank("0.5", 0, true, some))
      expect((await rank("0.5", 0, false, some)).count).toBe(4)
      const codeOf = new Map(Object.entries(dealers).map(([code, dealer]) => [dealer.id, code]))
      const order = async () =>
        [...(await rank("1", 0, false)).rows, ...(await rank("1", 3, false)).rows, ...(await rank("1", 6, false)).rows].map(
          (row) => codeOf.get(row.dealer_id)
        )
      expect(await order()).toEqual(["NOSALE", "BEHIND", "HALF2", "HALF", "AHEAD", "TINY", "NOPLAN"])

      // Deleted plans: NOSALE had only its plan and leaves the ranking; AHEAD keeps its sales.
      await api.delete(`/admin/dealer-plans/${noSale.id}`, admin)
      await api.delete(`/admin/dealer-plans/${ahead.id}`, admin)
      expect(await standingOf("NOSALE")).toBeNull()
      expect(await standingOf("AHEAD")).toEqual({ target: null, actual: "700.50", orders: 1 })
      await expectTotalsToMatchLedger()
      expect(await order()).toEqual(["BEHIND", "HALF2", "HALF", "TINY", "NOPLAN", "AHEAD"])

      // An annual target split over the months by a seasonality profile: this month's plan updated, the others created.
      const weights = [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 10]
      const { seasonality_profile } = await post("/admin/dealer-seasonality-profiles", { name: "Year end", weights })
      await post("/admin/dealer-plans/split-annual", {
        dealer_id: dealers.HALF.id,
        year: Number(period.slice(0, 4)),
        annual_target: 2400,
        seasonality_profile_id: seasonality_profile.id,
      })
      const thisMonth = (2400 * weights[Number(period.slice(5, 7)) - 1]) / 100
      expect(await standingOf("HALF")).toEqual({ target: thisMonth.toFixed(2), actual: "100.00", orders: 1 })
      await expectTotalsToMatchLedger()
      for (const offset of [0, 3]) expect(await rank("0.5", offset, false)).toEqual(await rank("0.5", offset, true))

      // A contribution undone by its workflow's compensation, and a cancellation.
      const { contribution } = await sale("BEHIND", "50")
      await salesPlan().deleteDealerContributions([contribution.id])
      await salesPlan().reverseOrderContributions({
        order_id: "order_standing_2", cause: "order_canceled", source_id: "cancel_standing_2", occurred_at: new Date(),
      })
      expect(await standingOf("BEHIND")).toEqual({ target: "2000.00", actual: "0.00", orders: 0 })
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
      expect(kept.standing).toEqual([
        [seller.id, period, "null", "null", "null", "null", expect.stringMatching(/^299\.97/), "1", "true", "null"],
      ])

      // On a database whose ledger predates the totals: empty them, run the migration, roll it all back.
      const migration = new TotalsMigration(undefined as any, undefined as any)
      await migration.up()
      const standingMigration = new StandingMigration(undefined as any, undefined as any)
      await standingMigration.up()
      const rebuilt = await knex()
        .transaction(async (trx) => {
          await trx.raw("delete from dealer_focus_total")
          await trx.raw("delete from dealer_contribution_total")
          await trx.raw("delete from dealer_period_standing")
          for (const statement of migration.getQueries()) await trx.raw(statement as string)
          for (const statement of standingMigration.getQueries()) await trx.raw(statement as string)
          const snapshot = await ledgerTotals(trx)
          throw Object.assign(new Error("roll back"), { snapshot })
        })
        .catch((rolledBack) => rolledBack.snapshot)
      expect(rebuilt).toEqual(kept)
      expect(await ledgerTotals(knex())).toEqual(kept)
    })
  },
})
