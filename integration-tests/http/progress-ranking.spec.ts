import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import BigNumber from "bignumber.js"
import { workingDays } from "../../src/lib/deviation"
import { dayKeyOf, lastDayOfMonth, monthKeyOf } from "../../src/lib/periods"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { adminRequests, adminSession, registerCustomer } from "../helpers/auth"
import { checkout, seedWholesaleStore } from "../helpers/checkout"
import { errorResponse as fail } from "../helpers/failure"
import { recordTestSale } from "../helpers/ledger"
import { waitFor } from "../helpers/wait"

jest.setTimeout(180_000)

// medusa-config.ts runs the plugin in UTC; the ledger files sales in the month they happen.
const PERIOD = monthKeyOf(new Date(), "UTC")
const MONTH_END = lastDayOfMonth(PERIOD)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const { post, get } = adminRequests(api, admin)

    /** A ledger entry as an order event writes it (the ranking reads sums; checkouts are tested below). */
    const credit = (dealerId: string, amount: string, orderCount = 1) =>
      recordTestSale(getContainer(), { dealerId, period: PERIOD, amount, orderCount })

    /**
     * Germany → Hesse → Kassel, and Austria. HUB (dealer, Gold, zone Kassel),
     * NORD (distributor, zone Hesse), ALPEN (dealer, zone Austria and a Hesse zone
     * that ended years ago) and SUB (sub-dealer under HUB, sales but no plan).
     */
    async function network() {
      const territory = async (body: Record<string, unknown>) => (await post("/admin/dealer-territories", body)).territory
      const de = await territory({ code: "DE", name: "Germany", type: "country", country_code: "de" })
      const hesse = await territory({ code: "DE-HE", name: "Hesse", type: "region", parent_id: de.id })
      const kassel = await territory({ code: "DE-HE-KS", name: "Kassel", type: "city", parent_id: hesse.id })
      const at = await territory({ code: "AT", name: "Austria", type: "country", country_code: "at" })
      const gold = (await post("/admin/dealer-tiers", { name: "Gold", rank: 3 })).tier

      const dealer = async (body: Record<string, unknown>) => (await post("/admin/dealers", body)).dealer
      const hub = await dealer({ code: "HUB", name: "Werkzeug Huber", tier_id: gold.id })
      const nord = await dealer({ code: "NORD", name: "Distribution Nord", role: "distributor" })
      const alpen = await dealer({ code: "ALPEN", name: "Alpen Handel" })
      const sub = await dealer({ code: "SUB", name: "Sub Huber", role: "sub_dealer", parent_id: hub.id })

      const zone = (dealerId: string, territoryId: string, dates: Record<string, string> = {}) =>
        post("/admin/dealer-zones", {
          dealer_id: dealerId,
          territory_id: territoryId,
          starts_at: "2024-01-01T00:00:00.000Z",
          ...dates,
        })
      await zone(hub.id, kassel.id)
      await zone(nord.id, hesse.id)
      await zone(alpen.id, at.id)
      await zone(alpen.id, hesse.id, { starts_at: "2020-01-01T00:00:00.000Z", ends_at: "2021-01-01T00:00:00.000Z" })

      // Attainment: NORD 25 %, HUB 90 %, ALPEN 120 %; SUB has no plan.
      for (const [id, amount] of [
        [hub.id, 1000.5],
        [nord.id, 2000],
        [alpen.id, 500],
      ] as const) {
        await post("/admin/dealer-plans", { dealer_id: id, period: PERIOD, target_amount: amount, target_order_count: 4 })
      }
      await credit(hub.id, "600.30")
      await credit(hub.id, "300.15")
      await credit(nord.id, "500.10")
      await credit(alpen.id, "600.01", 2)
      await credit(sub.id, "50")
      return { de, hesse, kassel, at, gold, hub, nord, alpen, sub }
    }

    const codes = (data: any) => data.dealers.map((row: any) => row.dealer.code)

    it("ranks dealers most behind plan first, with their figures, a page at a time", async () => {
      const { hub, gold } = await network()

      const all = await get(`/admin/dealer-progress?period=${PERIOD}&as_of=${MONTH_END}`)
      expect(codes(all)).toEqual(["NORD", "HUB", "ALPEN", "SUB"])
      expect(all).toMatchObject({ period: PERIOD, as_of: MONTH_END, count: 4, offset: 0, limit: 20 })
      const [nord, huber, alpen, sub] = all.dealers
      // At month end everything planned is expected.
      expect(huber).toMatchObject({
        dealer: {
          id: hub.id,
          code: "HUB",
          name: "Werkzeug Huber",
          role: "dealer",
          status: expect.any(String),
          currency_code: "eur",
          tier: { id: gold.id, name: "Gold", rank: 3 },
        },
        plan_id: expect.stringMatching(/^dplan_/),
        currency_code: "eur",
        target_amount: "1000.50",
        target_order_count: 4,
        actual_amount: "900.45",
        actual_order_count: 2,
        expected_amount: "1000.50",
        deviation: "-100.05",
        deviation_percent: "-10.00",
        attainment_percent: "90.00",
      })
      expect(nord).toMatchObject({
        dealer: { code: "NORD", role: "distributor", tier: null },
        actual_amount: "500.10",
        deviation: "-1499.90",
        deviation_percent: "-75.00",
        attainment_percent: "25.01",
      })
      expect(alpen).toMatchObject({ deviation: "100.01", deviation_percent: "20.00", attainment_percent: "120.00", actual_order_count: 2 })
      // Sales without a plan: nothing expected, listed after everyone measured against a plan.
      expect(sub).toMatchObject({
        plan_id: null,
        target_amount: "0.00",
        expected_amount: "0.00",
        deviation: "50.00",
        deviation_percent: null,
        attainment_percent: null,
      })

      // Mid-month only the working days elapsed are expected (today: the sales were credited today).
      const asOf = dayKeyOf(new Date(), "UTC")
      const mid = await get(`/admin/dealer-progress?period=${PERIOD}&as_of=${asOf}&role=dealer`)
      const { total, elapsed } = workingDays(PERIOD, asOf)
      const expected = new BigNumber(1000.5).times(elapsed).div(total).decimalPlaces(2, BigNumber.ROUND_HALF_UP)
      const hubMid = mid.dealers.find((row: any) => row.dealer.code === "HUB")
      expect(hubMid.expected_amount).toBe(expected.toFixed(2))
      expect(hubMid.deviation).toBe(new BigNumber("900.45").minus(expected).toFixed(2))
      expect(mid).toMatchObject({ working_days_total: total, working_days_elapsed: elapsed })

      const first = await get(`/admin/dealer-progress?period=${PERIOD}&as_of=${MONTH_END}&limit=2`)
      expect([codes(first), first.count, first.limit, first.offset]).toEqual([["NORD", "HUB"], 4, 2, 0])
      const second = await get(`/admin/dealer-progress?period=${PERIOD}&as_of=${MONTH_END}&limit=2&offset=2`)
      expect([codes(second), second.count]).toEqual([["ALPEN", "SUB"], 4])
      const past = await get(`/admin/dealer-progress?period=${PERIOD}&as_of=${MONTH_END}&limit=2&offset=10`)
      expect([codes(past), past.count]).toEqual([[], 4])

      // Another month: nobody has a plan or sales there.
      const empty = await get(`/admin/dealer-progress?period=2020-02`)
      expect([empty.dealers, empty.count]).toEqual([[], 0])
    })

    it("filters the ranking by role, tier, parent and territory (zones in force that month, below it too)", async () => {
      const n = await network()
      const ranked = async (filter: string) => codes(await get(`/admin/dealer-progress?period=${PERIOD}&as_of=${MONTH_END}&${filter}`))

      expect(await ranked("role=dealer")).toEqual(["HUB", "ALPEN"])
      expect(await ranked("role=distributor&role=sub_dealer")).toEqual(["NORD", "SUB"])
      expect(await ranked(`tier_id=${n.gold.id}`)).toEqual(["HUB"])
      expect(await ranked(`parent_id=${n.hub.id}`)).toEqual(["SUB"])
      // Germany holds Hesse (NORD) and Kassel below it (HUB); ALPEN's Hesse zone ended in 2021.
      expect(await ranked(`territory_id=${n.de.id}`)).toEqual(["NORD", "HUB"])
      expect(await ranked(`territory_id=${n.hesse.id}`)).toEqual(["NORD", "HUB"])
      expect(await ranked(`territory_id=${n.kassel.id}`)).toEqual(["HUB"])
      expect(await ranked(`territory_id=${n.at.id}`)).toEqual(["ALPEN"])
      expect(await ranked(`territory_id=${n.de.id}&role=dealer`)).toEqual(["HUB"])
      // In 2020 ALPEN's old Hesse zone was in force (no plans or sales then, so nobody is ranked).
      const old = await get(`/admin/dealer-progress?period=2020-06&territory_id=${n.hesse.id}`)
      expect([old.dealers, old.count]).toEqual([[], 0])
      // An unknown territory or tier matches no dealer.
      expect(await ranked("territory_id=dterr_missing")).toEqual([])
      expect(await ranked("tier_id=dtier_missing")).toEqual([])
    })

    it("rolls a territory up over every dealer in it and below it, to the cent", async () => {
      const n = await network()
      const { data } = await api.get(`/admin/dealer-territories/${n.de.id}/progress?period=${PERIOD}&as_of=${MONTH_END}`, admin)
      // HUB (Kassel) and NORD (Hesse): plans 1000.50 + 2000, sales 900.45 + 500.10.
      expect(data.progress).toMatchObject({
        territory: { id: n.de.id, code: "DE", name: "Germany", type: "country" },
        period: PERIOD,
        as_of: MONTH_END,
        dealer_count: 2,
        target_amount: "3000.5",
        target_order_count: 8,
        actual_amount: "1400.55",
        actual_order_count: 3,
      })
      expect(data.progress.deviation).toMatchObject({
        expected_to_date: "3000.50",
        actual_to_date: "1400.55",
        deviation: "-1599.95",
        deviation_percent: "-53.32",
        attainment_percent: "46.68",
      })

      // Hesse holds the same two; Kassel only HUB; Austria only ALPEN (its Hesse zone ended in 2021).
      const hesse = (await get(`/admin/dealer-territories/${n.hesse.id}/progress?period=${PERIOD}&as_of=${MONTH_END}`)).progress
      expect(hesse).toMatchObject({ dealer_count: 2, target_amount: "3000.5", actual_amount: "1400.55" })
      const kassel = (await get(`/admin/dealer-territories/${n.kassel.id}/progress?period=${PERIOD}`)).progress
      expect(kassel).toMatchObject({ dealer_count: 1, target_amount: "1000.5", actual_amount: "900.45", actual_order_count: 2 })
      const at = (await get(`/admin/dealer-territories/${n.at.id}/progress?period=${PERIOD}&as_of=${MONTH_END}`)).progress
      expect(at).toMatchObject({ dealer_count: 1, target_amount: "500", actual_amount: "600.01" })
      expect(at.deviation).toMatchObject({ deviation: "100.01", attainment_percent: "120.00" })
      // Back in 2020 ALPEN's Hesse zone was in force: one dealer, no plans or sales that month.
      const old = (await get(`/admin/dealer-territories/${n.de.id}/progress?period=2020-06`)).progress
      expect(old).toMatchObject({ period: "2020-06", as_of: "2020-06-30", dealer_count: 1, target_amount: "0", actual_amount: "0" })
      expect(old.deviation).toMatchObject({ deviation: "0.00", deviation_percent: null, attainment_percent: null })
    })

    it("lists a dealer's ledger with each entry's cause, amount, order count and the order's display id", async () => {
      const store = await seedWholesaleStore(getContainer(), [
        { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
        { handle: "pliers-set", title: "Pliers set", price: 19.99, category: "Hand tools" },
      ])
      const dealer = (await post("/admin/dealers", { code: "LEDG", name: "Ledger Werkzeug" })).dealer
      const buyer = await registerCustomer(api, store.publishableKey, "einkauf@ledger.example")
      await post(`/admin/dealers/${dealer.id}/members`, { customer_id: buyer.id, role: "buyer" })
      const ledger = getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
      const entriesOf = (orderId: string) => ledger.listDealerContributions({ order_id: orderId })

      const first = await checkout(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 2 }])
      await waitFor(() => entriesOf(first.id), (rows) => rows.length === 1)
      const second = await checkout(api, store, buyer.headers, [{ variant_id: store.variants["pliers-set"], quantity: 3 }])
      await waitFor(() => entriesOf(second.id), (rows) => rows.length === 1)
      await api.post(`/admin/orders/${first.id}/cancel`, {}, admin)
      await waitFor(() => entriesOf(first.id), (rows) => rows.length === 2)

      const { data } = await api.get(`/admin/dealers/${dealer.id}/contributions?period=${PERIOD}`, admin)
      expect(data).toMatchObject({ count: 3, offset: 0, limit: 50 })
      const rows = data.contributions.map((c: any) => [c.order.display_id, c.cause, Number(c.amount), c.order_count])
      expect(rows).toHaveLength(3)
      expect(rows).toEqual(
        expect.arrayContaining([
          [first.display_id, "order_placed", 240, 1],
          [first.display_id, "order_canceled", -240, -1],
          [second.display_id, "order_placed", 59.97, 1],
        ])
      )
      expect(typeof data.contributions[0].amount).toBe("string")
      expect(data.contributions[0]).toMatchObject({
        order_id: expect.any(String),
        order: { id: expect.any(String), display_id: expect.any(Number) },
        period_key: PERIOD,
        currency_code: "eur",
      })
      // Newest first: the cancellation came last.
      expect(data.contributions[0].cause).toBe("order_canceled")

      const page = await get(`/admin/dealers/${dealer.id}/contributions?limit=2&offset=2`)
      expect([page.contributions.length, page.count]).toEqual([1, 3])
      const otherMonth = await get(`/admin/dealers/${dealer.id}/contributions?period=2020-01`)
      expect([otherMonth.contributions, otherMonth.count]).toEqual([[], 0])
    })

    it("answers bad input with a 400 naming the field and unknown ids with a 404", async () => {
      const dealer = (await post("/admin/dealers", { code: "ERR", name: "Errors" })).dealer
      for (const [url, field] of [
        ["/admin/dealer-progress?period=2026-13", "period"],
        ["/admin/dealer-progress?period=2026-Q1", "period"],
        ["/admin/dealer-progress?as_of=2026-02-30", "as_of"],
        ["/admin/dealer-progress?role=king", "role"],
        ["/admin/dealer-progress?limit=0", "limit"],
        ["/admin/dealer-progress?limit=many", "limit"],
        ["/admin/dealer-progress?offset=-1", "offset"],
        ["/admin/dealer-progress?colour=red", "colour"],
        ["/admin/dealer-territories/dterr_x/progress?period=May", "period"],
        [`/admin/dealers/${dealer.id}/contributions?period=2026-1`, "period"],
        [`/admin/dealers/${dealer.id}/contributions?limit=1000`, "limit"],
      ] as const) {
        const response = await fail(api.get(url, admin))
        expect([url, response.status]).toEqual([url, 400])
        expect(response.data.message).toMatch(field)
      }
      for (const url of ["/admin/dealer-territories/dterr_missing/progress", "/admin/dealers/dlr_missing/contributions"]) {
        const response = await fail(api.get(url, admin))
        expect([url, response.status]).toEqual([url, 404])
      }
      const anonymous = await fail(api.get("/admin/dealer-progress"))
      expect(anonymous.status).toBe(401)
    })
  },
})
