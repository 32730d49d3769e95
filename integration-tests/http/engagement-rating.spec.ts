import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { monthKeyOf, shiftMonth } from "../../src/lib/periods"
import { loadDealerRatingFacts } from "../../src/queries/dealer-rating"
import { ENGAGEMENT_MODULE } from "../../src/modules/engagement"
import type EngagementModuleService from "../../src/modules/engagement/service"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { failure } from "../helpers/failure"
import { recordTestSale } from "../helpers/ledger"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(300_000)

const HOUR = 3_600_000
const at = (offset: number) => new Date(Date.now() + offset).toISOString()
/** The month running now (the test app's time zone is UTC), and the one before it. */
const PERIOD = monthKeyOf(new Date(), "UTC")
const LAST_MONTH = shiftMonth(PERIOD, -1)

const components = (entry: any) =>
  Object.fromEntries(entry.components.map((c: any) => [c.component, [c.raw, c.normalised, c.points]]))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, post, get, dealerUnderAgreement, placeOrder } = wholesaleFixture(api, getContainer)

    /** A sale in the plan ledger with the instant of its order (the tie rule's "first order"). */
    let saleNo = 0
    async function sale(dealerId: string, period: string, amount: string, orders: number, occurredAt: string) {
      saleNo += 1
      await getContainer()
        .resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
        .recordContribution({
          dealer_id: dealerId,
          order_id: `order_rating_${saleNo}`,
          cause: "order_placed",
          source_id: `order_rating_${saleNo}`,
          period_key: period,
          occurred_at: new Date(occurredAt),
          currency_code: "eur",
          amount,
          order_count: orders,
          lines: [],
        })
    }

    it("rates every dealer from its plan, sales, focus products, receivables and events, with hand-computed scores", async () => {
      const dist = (await dealerUnderAgreement("RTD", {}, { role: "distributor" })).dealer
      const { dealer: a, buyer: aBuyer } = await dealerUnderAgreement("RTA", {}, { parent_id: dist.id })
      const { dealer: b, buyer: bBuyer } = await dealerUnderAgreement("RTB", {}, { parent_id: dist.id })
      const { dealer: c } = await dealerUnderAgreement("RTC")

      // A: plan 400.00 with the drill as focus product; B: plan 300.00, no focus target.
      await post("/admin/dealer-plans", {
        dealer_id: a.id,
        period: PERIOD,
        target_amount: 400,
        targets: [{ target_type: "product", target_id: store.products["drill-x18"], metric: "amount", target_value: 200 }],
      })
      await post("/admin/dealer-plans", { dealer_id: b.id, period: PERIOD, target_amount: 300 })
      // A sold 250.00 in the same month a year ago.
      await recordTestSale(getContainer(), { dealerId: a.id, period: shiftMonth(PERIOD, -12), amount: "250" })

      // Orders through the store: A 2 drills (240.00) and a saw (80.50); B a drill and pliers (139.99).
      await placeOrder(aBuyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 2 }])
      await placeOrder(aBuyer.headers, [{ variant_id: store.variants["saw-c7"], quantity: 1 }])
      const bOrder = await placeOrder(bBuyer.headers, [
        { variant_id: store.variants["drill-x18"], quantity: 1 },
        { variant_id: store.variants["pliers-set"], quantity: 1 },
      ])
      // B's order was placed 12 days ago and is unpaid: due on placement (no terms then), 12 days overdue.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update "order" set created_at = now() - interval '12 days' where id = ?`, [bOrder.id])

      // Two free events held this month: A attended both, B the first (a no-show at the second).
      const held = async (title: string, attendance: Record<string, "attended" | "no_show">) => {
        const { event } = await post("/admin/dealer-events", {
          type: "webinar",
          title,
          starts_at: at(2 * HOUR),
          ends_at: at(3 * HOUR),
          link: "https://meet.example/rating",
          capacity: 10,
          registration_deadline: at(HOUR),
          cancellation_deadline: at(HOUR),
          currency_code: "eur",
          cost_per_seat: "0",
          dealer_share_percent: 0,
        })
        await post(`/admin/dealer-events/${event.id}/publish`)
        const registrations: Record<string, string> = {}
        for (const dealerId of Object.keys(attendance)) {
          registrations[dealerId] = (await post(`/admin/dealer-events/${event.id}/registrations`, { dealer_id: dealerId, seats: 1 })).registration.id
        }
        await post(`/admin/dealer-events/${event.id}`, {
          registration_deadline: at(-2 * 60_000),
          cancellation_deadline: at(-2 * 60_000),
          starts_at: at(-60_000),
          ends_at: at(HOUR),
        })
        await post(`/admin/dealer-events/${event.id}/attendance`, {
          attendance: Object.entries(attendance).map(([dealerId, value]) => ({ registration_id: registrations[dealerId], attendance: value })),
        })
      }
      await held("Launch webinar", { [a.id]: "attended", [b.id]: "attended" })
      await held("Service webinar", { [a.id]: "attended", [b.id]: "no_show" })

      // The read model's raw figures, all dealers in one query.
      const facts = await loadDealerRatingFacts(pg, { period: PERIOD, asOfDay: new Date().toISOString().slice(0, 10), timeZone: "UTC" })
      expect(Object.fromEntries(facts.map((f) => [f.code, f.raw]))).toEqual({
        // 320.50 ÷ 400 = 80.13 %; (320.50 − 250) ÷ 250 = 28.20 %; drills 240 ÷ 320.50 = 74.88 %; 320.50 ÷ 2 orders.
        RTA: { plan_attainment: "80.13", sales_growth: "28.20", focus_share: "74.88", average_order_value: "160.25", payment_discipline: "0", events_attended: "2", contest_results: null },
        // 139.99 ÷ 300 = 46.66 %; nothing a year ago; no focus target; one order; 12 days overdue; one event.
        RTB: { plan_attainment: "46.66", sales_growth: null, focus_share: null, average_order_value: "139.99", payment_discipline: "12", events_attended: "1", contest_results: null },
        RTC: { plan_attainment: null, sales_growth: null, focus_share: null, average_order_value: null, payment_discipline: null, events_attended: "0", contest_results: null },
        RTD: { plan_attainment: null, sales_growth: null, focus_share: null, average_order_value: null, payment_discipline: null, events_attended: "0", contest_results: null },
      })
      const aFacts = facts.find((f) => f.code === "RTA")!
      expect(aFacts.detail.focus_share).toEqual({ focus_amount: "240.00", products_amount: "320.50", focus_targets: 1 })
      expect(aFacts.detail.sales_growth).toEqual({ sales_amount: "320.50", last_year_sales_amount: "250.00" })

      // Default weights 25/15/10/10/20/10/10. A is the best on every component but contests (no one took part): 90.00.
      // B: 46.66 ÷ 80.13 = 58.23 → 14.56; 139.99 ÷ 160.25 = 87.36 → 8.74; 12 days → 76 → 15.20; 1 of 2 events → 50 → 5.00.
      const board = await get(`/admin/dealer-rating?period=${PERIOD}`)
      expect(board).toMatchObject({ period: PERIOD, network_count: 4, count: 4 })
      expect(board.weights).toEqual({
        plan_attainment: 25,
        sales_growth: 15,
        focus_share: 10,
        average_order_value: 10,
        payment_discipline: 20,
        events_attended: 10,
        contest_results: 10,
      })
      // C and D score 0.00: no attainment and no first order either, so the code decides.
      expect(board.dealers.map((d: any) => [d.rank, d.network_rank, d.dealer.code, d.score])).toEqual([
        [1, 1, "RTA", "90.00"],
        [2, 2, "RTB", "43.50"],
        [3, 3, "RTC", "0.00"],
        [4, 4, "RTD", "0.00"],
      ])
      expect(components(board.dealers[1])).toEqual({
        plan_attainment: ["46.66", "58.23", "14.56"],
        sales_growth: [null, "0.00", "0.00"],
        focus_share: [null, "0.00", "0.00"],
        average_order_value: ["139.99", "87.36", "8.74"],
        payment_discipline: ["12", "76.00", "15.20"],
        events_attended: ["1", "50.00", "5.00"],
        contest_results: [null, "0.00", "0.00"],
      })
      expect(board.dealers[1].components.find((x: any) => x.component === "payment_discipline").detail).toMatchObject({
        overdue_orders: 1,
        unpaid_orders: 1,
      })

      // Filters: the distributor's sub-network (not the distributor), and a territory (zones in force).
      const sub = await get(`/admin/dealer-rating?period=${PERIOD}&distributor_id=${dist.id}`)
      expect(sub.dealers.map((d: any) => [d.rank, d.network_rank, d.dealer.code])).toEqual([
        [1, 1, "RTA"],
        [2, 2, "RTB"],
      ])
      const north = (await post("/admin/dealer-territories", { code: "NORTH", name: "North", type: "country", country_code: "at" })).territory
      for (const dealer of [c, b]) {
        await post("/admin/dealer-zones", { dealer_id: dealer.id, territory_id: north.id, starts_at: at(-HOUR) })
      }
      const inNorth = await get(`/admin/dealer-rating?period=${PERIOD}&territory_id=${north.id}`)
      expect(inNorth).toMatchObject({ count: 2, network_count: 4 })
      expect(inNorth.dealers.map((d: any) => [d.rank, d.network_rank, d.dealer.code, d.score])).toEqual([
        [1, 2, "RTB", "43.50"],
        [2, 3, "RTC", "0.00"],
      ])
      const both = await get(`/admin/dealer-rating?period=${PERIOD}&territory_id=${north.id}&distributor_id=${dist.id}&limit=1`)
      expect([both.count, both.dealers.map((d: any) => d.dealer.code)]).toEqual([1, ["RTB"]])

      // The dealer page's section: B's entry with its network rank.
      const ofB = await get(`/admin/dealers/${b.id}/rating?period=${PERIOD}`)
      expect(ofB.rating).toMatchObject({ rank: 2, network_rank: 2, score: "43.50", dealer: { code: "RTB" } })

      // B's buyer sees B's score, rank of how many and breakdown, and nothing of A.
      const mine = (await api.get(`/store/dealers/me/rating?period=${PERIOD}`, bBuyer.headers)).data
      expect(mine).toMatchObject({ period: PERIOD, network_count: 4, rating: { rank: 2, score: "43.50", dealer: { id: b.id } } })
      expect(components(mine.rating)).toEqual(components(board.dealers[1]))
      expect(JSON.stringify(mine)).not.toContain(a.id)
      expect(JSON.stringify(mine)).not.toContain("RTA")
      for (const probe of [`/store/dealers/me/rating?dealer_id=${a.id}`, `/store/dealers/me/rating?period=2026`, "/store/dealers/me/rating?period=2026-13"]) {
        const refused = await failure(api.get(probe, bBuyer.headers))
        expect([probe, refused.status]).toEqual([probe, 400])
      }

      // Weights: the admin's replace the defaults one by one; bad ones are refused by name.
      expect((await failure(api.post("/admin/dealer-rating/weights", { weights: { plan_attainment: -1 } }, admin))).message).toMatch(
        /plan_attainment/
      )
      const allZero = { plan_attainment: 0, sales_growth: 0, focus_share: 0, average_order_value: 0, payment_discipline: 0, events_attended: 0, contest_results: 0 }
      expect((await failure(api.post("/admin/dealer-rating/weights", { weights: allZero }, admin))).message).toBe(
        "weights: at least one weight must be above 0"
      )
      const saved = await post("/admin/dealer-rating/weights", { weights: { ...allZero, events_attended: 1 } })
      expect(saved.sources).toMatchObject({ events_attended: "setting", plan_attainment: "setting" })
      // Only events count now: A 100.00, B 50.00.
      const byEvents = await get(`/admin/dealer-rating?period=${PERIOD}&limit=2`)
      expect(byEvents.dealers.map((d: any) => [d.dealer.code, d.score])).toEqual([
        ["RTA", "100.00"],
        ["RTB", "50.00"],
      ])
      const reset = await post("/admin/dealer-rating/weights", {
        weights: Object.fromEntries(Object.keys(allZero).map((key) => [key, null])),
      })
      expect(reset.sources.events_attended).toBe("default")
      expect(reset.weights.plan_attainment).toBe(25)

      // The running month has no dealer of the month yet.
      const early = await failure(api.post("/admin/dealer-rating/awards", { period: PERIOD }, admin))
      expect([early.status, early.message]).toEqual([400, `period: ${PERIOD} has not ended yet; its dealer is chosen once it has`])
    })

    it("names the dealer of an ended month once, by the tie rule, keeping its score as recorded", async () => {
      const dealers: Record<string, { id: string }> = {}
      for (const code of ["TW", "TX", "TY", "TZ"]) dealers[code] = (await dealerUnderAgreement(code)).dealer
      // Only the average order value counts: each sells 500.00 an order, so all score 100.00.
      await post("/admin/dealer-rating/weights", {
        weights: { plan_attainment: 0, sales_growth: 0, focus_share: 0, average_order_value: 1, payment_discipline: 0, events_attended: 0, contest_results: 0 },
      })
      const month = `${LAST_MONTH}-10T10:00:00Z`
      await post("/admin/dealer-plans", { dealer_id: dealers.TX.id, period: LAST_MONTH, target_amount: 1000 })
      await post("/admin/dealer-plans", { dealer_id: dealers.TW.id, period: LAST_MONTH, target_amount: 1000 })
      await post("/admin/dealer-plans", { dealer_id: dealers.TY.id, period: LAST_MONTH, target_amount: 2000 })
      // TX and TW both reach 100 % of plan; TW's first order is earlier. TY reaches 50 %; TZ has no plan.
      await sale(dealers.TX.id, LAST_MONTH, "1000", 2, month)
      await sale(dealers.TW.id, LAST_MONTH, "1000", 2, `${LAST_MONTH}-03T10:00:00Z`)
      await sale(dealers.TY.id, LAST_MONTH, "1000", 2, `${LAST_MONTH}-01T10:00:00Z`)
      await sale(dealers.TZ.id, LAST_MONTH, "500", 1, `${LAST_MONTH}-01T09:00:00Z`)

      const board = await get(`/admin/dealer-rating?period=${LAST_MONTH}`)
      expect(board.dealers.map((d: any) => [d.rank, d.dealer.code, d.score])).toEqual([
        [1, "TW", "100.00"],
        [2, "TX", "100.00"],
        [3, "TY", "100.00"],
        [4, "TZ", "100.00"],
      ])

      const first = await api.post("/admin/dealer-rating/awards", { period: LAST_MONTH }, admin)
      expect(first.status).toBe(201)
      expect(first.data).toMatchObject({
        created: true,
        award: {
          period_key: LAST_MONTH,
          period_type: "month",
          dealer_id: dealers.TW.id,
          dealer: { code: "TW" },
          score: "100.00",
          entry: { rank: 1, network_rank: 1, score: "100.00" },
          weights: { average_order_value: 1, plan_attainment: 0 },
        },
      })
      expect(first.data.award.recorded_by).toEqual(expect.stringMatching(/^user_/))

      // New weights and a big sale of TY later: the recorded award stays as it was; a second call changes nothing.
      await post("/admin/dealer-rating/weights", { weights: { plan_attainment: 1 } })
      await sale(dealers.TY.id, LAST_MONTH, "5000", 1, month)
      const second = await api.post("/admin/dealer-rating/awards", { period: LAST_MONTH }, admin)
      expect(second.status).toBe(200)
      expect(second.data.created).toBe(false)
      expect(second.data.award).toEqual(first.data.award)
      const history = await get("/admin/dealer-rating/awards")
      expect(history.count).toBe(1)
      expect(history.awards[0]).toEqual(first.data.award)

      // A period in which nobody scored: refused, nothing recorded.
      const empty = await failure(api.post("/admin/dealer-rating/awards", { period: shiftMonth(PERIOD, -3) }, admin))
      expect(empty.message).toBe(`period: no dealer has a score above 0 in ${shiftMonth(PERIOD, -3)}`)
      expect((await get("/admin/dealer-rating/awards")).count).toBe(1)
      expect((await failure(api.post("/admin/dealer-rating/awards", { period: "2026-Q5" }, admin))).status).toBe(400)
    })
    it("rates placings in the contests closed in the period, averaged over the dealer's contests", async () => {
      const [p, q, x, y] = await Promise.all(["RCP", "RCQ", "RCX", "RCY"].map(async (code) => (await dealerUnderAgreement(code)).dealer))
      const engagement = getContainer().resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
      const contest = async (endsOn: string, status: string, placings: [string, number | null][]) => {
        const [created] = await engagement.createDealerContests([
          { title: `Cup ${endsOn} ${status}`, starts_on: `${endsOn.slice(0, 7)}-01`, ends_on: endsOn, metric: "sales_amount", currency_code: "eur", prizes: [], status } as any,
        ])
        await engagement.createDealerContestResults(
          placings.map(([dealerId, rank]) => ({ contest_id: created.id, dealer_id: dealerId, rank, metric_value: 1, prize_kind: "money", prize_amount: rank === 1 ? 50 : 0 })) as any
        )
      }
      // This month: X first of 3 ranked (Y took part unranked), then X second of 2. Last month's and a cancelled cup do not count.
      await contest(`${PERIOD}-01`, "closed", [[x.id, 1], [q.id, 2], [p.id, 3], [y.id, null]])
      await contest(`${PERIOD}-01`, "closed", [[q.id, 1], [x.id, 2]])
      await contest(`${LAST_MONTH}-15`, "closed", [[p.id, 1], [x.id, 2]])
      await contest(`${PERIOD}-01`, "cancelled", [[y.id, 1]])

      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const facts = await loadDealerRatingFacts(pg, { period: PERIOD, asOfDay: new Date().toISOString().slice(0, 10), timeZone: "UTC" })
      const contests = Object.fromEntries(facts.map((f) => [f.code, [f.raw.contest_results, f.detail.contest_results]]))
      // X: (100 × 3/3 + 100 × 1/2) ÷ 2 = 75; Q: (100 × 2/3 + 100 × 2/2) ÷ 2 = 83.33; P: 100 × 1/3; Y: unranked, 0.
      expect(contests).toEqual({
        RCX: ["75.00", { contests: 2, best_rank: 1, prizes_won: 1 }],
        RCQ: ["83.33", { contests: 2, best_rank: 1, prizes_won: 1 }],
        RCP: ["33.33", { contests: 1, best_rank: 3, prizes_won: 0 }],
        RCY: ["0.00", { contests: 1, best_rank: null, prizes_won: 0 }],
      })
    })
  },
})
