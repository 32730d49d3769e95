/**
 * The plan ledger and the wallet under what production does to them: every
 * order event delivered three times in shuffled order, and fifty checkouts of
 * one dealer at once with a plan edit and payouts in between; the running
 * totals equal the ledger after both.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { monthKeyOf } from "../../src/lib/periods"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import orderCanceledHandler from "../../src/subscribers/order-canceled"
import orderPlacedHandler from "../../src/subscribers/order-placed"
import type { Headers } from "../helpers/auth"
import { ledgerTotalsMismatches } from "../helpers/ledger"
import { prepareCart } from "../helpers/checkout"
import { waitFor } from "../helpers/wait"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(600_000)

/** A small deterministic generator, so a failing shuffle can be replayed. */
function seededRandom(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** Runs the tasks with at most `width` of them in flight. */
async function inParallel(tasks: (() => Promise<unknown>)[], width: number) {
  const queue = [...tasks]
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let task = queue.shift(); task; task = queue.shift()) await task()
    })
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, post, createDealer, memberOf } = wholesaleFixture(api, getContainer)
    const period = monthKeyOf(new Date(), "UTC")

    const ledger = () => getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
    /** Where the ledger's running totals differ from its sums (none, when they are kept right). */
    const totalsMismatches = () => ledgerTotalsMismatches(getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION))

    async function dealerWithBuyers(code: string, buyers: number, terms?: Record<string, unknown>) {
      const dealer = await createDealer({ code, name: `Dealer ${code}` })
      const members: Awaited<ReturnType<typeof memberOf>>[] = []
      for (let i = 0; i < buyers; i++) {
        members.push(await memberOf(dealer.id, `buyer${i}@${code.toLowerCase()}.example`))
      }
      if (terms) {
        const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
          valid_from: new Date(Date.now() - 86_400_000).toISOString(),
          ...terms,
        })
        await post(`/admin/dealer-agreements/${agreement.id}/activate`)
      }
      return { dealer, members }
    }

    /** What Medusa itself says each dealer sold: the item subtotals of its members' orders that stand. */
    async function salesFromOrders(orderIds: string[]): Promise<Record<string, string>> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "status", "customer_id", "item_subtotal", "total", "*items.tax_lines", "*items.adjustments", "*items.detail"],
        filters: { id: orderIds },
      })
      const members = await getContainer()
        .resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
        .listDealerMembers({ customer_id: (orders as any[]).map((order) => order.customer_id) })
      const dealerOf = new Map(members.map((member) => [member.customer_id, member.dealer_id]))
      const sums: Record<string, string> = {}
      for (const order of orders as any[]) {
        if (order.status === "canceled") continue
        const dealerId = dealerOf.get(order.customer_id)!
        sums[dealerId] = MathBN.add(sums[dealerId] ?? 0, order.item_subtotal).toString()
      }
      return sums
    }

    async function ledgerSums(dealerIds: string[]) {
      const rows = await ledger().sumPeriodProgress({ period_key: period, dealer_ids: dealerIds })
      return Object.fromEntries(rows.map((row) => [row.dealer_id, MathBN.convert(row.amount).toString()]))
    }

    it("counts every order once when each of its events arrives three times, shuffled, cancellations included", async () => {
      const dealers = [
        await dealerWithBuyers("NORD", 2),
        await dealerWithBuyers("SUED", 2),
        await dealerWithBuyers("WEST", 2),
        await dealerWithBuyers("OST", 2),
      ]
      const buyers = dealers.flatMap(({ members }) => members)
      const products = ["drill-x18", "saw-c7", "pliers-set"]
      const random = seededRandom(20261202)

      const orderIds: string[] = []
      for (let i = 0; i < 200; i++) {
        const buyer = buyers[i % buyers.length]
        const { result } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: store.regionId,
            sales_channel_id: store.salesChannelId,
            customer_id: buyer.id,
            email: `order${i}@example.com`,
            status: "pending",
            items: [
              { variant_id: store.variants[products[i % 3]], quantity: 1 + (i % 4) },
              { variant_id: store.variants[products[(i + 1) % 3]], quantity: 1 + (i % 2) },
            ],
            shipping_address: { first_name: "B", last_name: "B", address_1: "Hauptstr. 5", city: "Kassel", country_code: "de", postal_code: "34117" },
          } as any,
        })
        orderIds.push(result.id)
      }
      // One order in ten is canceled; its order.canceled may well arrive before its order.placed.
      const canceled = orderIds.filter((_, i) => i % 10 === 3)
      for (const id of canceled) {
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: id } })
      }

      const deliver = (handler: typeof orderPlacedHandler, id: string) => () =>
        handler({ event: { name: "", data: { id } }, container: getContainer() } as any)
      const deliveries = [
        ...orderIds.flatMap((id) => [1, 2, 3].map(() => deliver(orderPlacedHandler, id))),
        ...canceled.flatMap((id) => [1, 2, 3].map(() => deliver(orderCanceledHandler, id))),
      ]
      await inParallel(shuffle(deliveries, random), 6)

      const dealerIds = dealers.map(({ dealer }) => dealer.id)
      const expected = await salesFromOrders(orderIds)
      expect(Object.keys(expected).sort()).toEqual([...dealerIds].sort())
      expect(await ledgerSums(dealerIds)).toEqual(expected)
      // Each order that stands is counted once; a canceled one nets to nothing.
      const counts = await ledger().sumPeriodProgress({ period_key: period, dealer_ids: dealerIds })
      expect(counts.reduce((sum, row) => sum + row.order_count, 0)).toBe(orderIds.length - canceled.length)
      expect(await totalsMismatches()).toEqual([])
    })

    it("keeps totals exact and the wallet above zero through fifty checkouts of one dealer at once, a plan edit and payouts", async () => {
      const { dealer, members } = await dealerWithBuyers("RUSH", 5, { credit_limit: 1000000, payout_form: "cash" })
      const rewards = getContainer().resolve<RewardsModuleService>(REWARDS_MODULE)
      await rewards.moveWallet([
        {
          dealer_id: dealer.id,
          kind: "money",
          amount: "1000",
          currency_code: "eur",
          source_type: "accrual",
          source_id: "test_accrual_rush",
          description: "Test reward",
        },
      ])
      const { plan: created } = await post("/admin/dealer-plans", { dealer_id: dealer.id, period, target_amount: 20000 })

      const carts: { cartId: string; buyer: Headers }[] = []
      for (let i = 0; i < 50; i++) {
        const buyer = members[i % members.length].headers
        const items = [{ variant_id: store.variants[i % 2 ? "saw-c7" : "pliers-set"], quantity: 1 + (i % 3) }]
        carts.push({ cartId: await prepareCart(api, store, buyer, items), buyer })
      }

      const results = await Promise.allSettled([
        ...carts.map(({ cartId, buyer }) => api.post(`/store/carts/${cartId}/complete`, {}, buyer)),
        api.post(`/admin/dealer-plans/${created.id}`, { target_amount: 25000 }, admin),
        // Two payouts of 600 from 1,000: exactly one can be covered.
        api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 600, form: "cash" }, admin),
        api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 600, form: "cash" }, admin),
      ])
      const serverErrors = results.filter(
        (r) => r.status === "rejected" && (!(r.reason as any).response || (r.reason as any).response.status >= 500)
      )
      expect(serverErrors.map((r: any) => r.reason.message)).toEqual([])
      // A checkout that waits too long for the ones before it is refused whole, with a retryable 409.
      const refusals = results
        .slice(0, 50)
        .filter((r) => r.status === "rejected")
        .map((r: any) => [r.reason.response.status, r.reason.response.data.code])
      expect(refusals).toEqual(refusals.map(() => [409, "dealer_checkout_busy"]))
      const orders = results.slice(0, 50).flatMap((r) => (r.status === "fulfilled" ? [r.value.data] : []))
      expect(orders.every((o) => o.type === "order")).toBe(true)
      expect(orders.length).toBeGreaterThan(0)
      expect(results[50].status).toBe("fulfilled")
      const payouts = results.slice(51)
      expect(payouts.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect((payouts.find((r) => r.status === "rejected") as any).reason.response.status).toBeLessThan(500)

      const orderIds = orders.map((o) => o.order.id)
      await waitFor(
        () => ledger().listDealerContributions({ order_id: orderIds }),
        (entries) => entries.length === orderIds.length,
        { timeoutMs: 120_000 }
      )
      expect(await ledgerSums([dealer.id])).toEqual(await salesFromOrders(orderIds))
      expect(await totalsMismatches()).toEqual([])
      const balances = await rewards.walletBalances(dealer.id)
      expect(balances.map((b) => [b.kind, Number(b.balance)])).toEqual([["money", 400]])
      const [plan] = await ledger().listDealerSalesPlans({ dealer_id: dealer.id, period_key: period })
      expect(Number(plan.target_amount)).toBe(25000)
    })
  },
})
