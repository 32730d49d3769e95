import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { receiveReturn } from "../helpers/checkout"
import { failure } from "../helpers/failure"
import { waitFor } from "../helpers/wait"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(300_000)

const DAY = 86_400_000
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, post, get, dealerUnderAgreement, contributionsOf, placeOrder } = wholesaleFixture(api, getContainer)
    const drills = (quantity: number) => [{ variant_id: store.variants["drill-x18"], quantity }]
    const saws = (quantity: number) => [{ variant_id: store.variants["saw-c7"], quantity }]
    const pliers = (quantity: number) => [{ variant_id: store.variants["pliers-set"], quantity }]

    /** A contest over yesterday, today and tomorrow (UTC, the test app's time zone), published. */
    async function runningContest(fields: Record<string, unknown>) {
      const { contest } = await post("/admin/dealer-contests", {
        title: "Autumn sprint",
        starts_on: day(-1),
        ends_on: day(1),
        metric: "sales_amount",
        currency_code: "eur",
        prizes: [],
        ...fields,
      })
      const { contest: running } = await post(`/admin/dealer-contests/${contest.id}/publish`)
      expect(running.status).toBe("running")
      return running
    }
    const standingsOf = async (id: string) =>
      ((await get(`/admin/dealer-contests/${id}/standings`)).standings as any[]).map((s) => [s.dealer_code, s.metric_value, s.rank, s.prize_amount])
    const accrualsOf = async (contestId: string) =>
      (await get(`/admin/dealer-reward-accruals?program_id=${contestId}&order=created_at&limit=100`)).accruals as any[]

    it("ranks a distributor's sub-network from real orders, shares a tie, closes into the reward ledger once, and claws back a return on re-close", async () => {
      const dist = await dealerUnderAgreement("DIST", {}, { role: "distributor" })
      const s1 = await dealerUnderAgreement("S1", {}, { role: "sub_dealer", parent_id: dist.dealer.id })
      const s2 = await dealerUnderAgreement("S2", {}, { role: "sub_dealer", parent_id: dist.dealer.id })
      const s3 = await dealerUnderAgreement("S3", {}, { role: "sub_dealer", parent_id: dist.dealer.id })
      const out = await dealerUnderAgreement("OUT")

      const prizes = [
        { basis: "rank", rank: 1, amount: 100 },
        { basis: "rank", rank: 2, amount: 50 },
        { basis: "top", count: 3, amount: "5" },
      ]
      const shared = await runningContest({ title: "Sub-dealer sprint", audience: { parent_dealer_id: dist.dealer.id }, prizes })
      const earliest = await runningContest({
        title: "Sub-dealer sprint (first to the figure)",
        audience: { parent_dealer_id: dist.dealer.id },
        prizes,
        tie_rule: "earliest",
      })

      // S1 sells 240.00 first, S2 the same 240.00 later, S3 80.50; the distributor itself and OUT are not in the contest.
      await placeOrder(s1.buyer.headers, drills(2))
      const s2Order = await placeOrder(s2.buyer.headers, drills(2))
      await placeOrder(s3.buyer.headers, saws(1))
      await placeOrder(dist.buyer.headers, drills(5))
      await placeOrder(out.buyer.headers, drills(1))

      // Shared: S1 and S2 both 1st (100 + top-3 5 each), S3 3rd (top-3 5).
      expect(await standingsOf(shared.id)).toEqual([
        ["S1", "240.00", 1, "105.00"],
        ["S2", "240.00", 1, "105.00"],
        ["S3", "80.50", 3, "5.00"],
      ])
      // Earliest: S1 reached 240.00 before S2 did.
      expect(await standingsOf(earliest.id)).toEqual([
        ["S1", "240.00", 1, "105.00"],
        ["S2", "240.00", 2, "55.00"],
        ["S3", "80.50", 3, "5.00"],
      ])

      // Participants see their own line by name, the others anonymised, and the gap to the rank above.
      const s3View = (await api.get(`/store/dealers/me/contests/${shared.id}`, s3.buyer.headers)).data
      expect(s3View.me).toEqual({ rank: 3, metric_value: "80.50", prize_amount: "5.00", gap_to_above: "159.50" })
      expect(s3View.standings).toEqual([
        { rank: 1, name: "Participant 1", metric_value: "240.00", is_me: false, prize_amount: "105.00" },
        { rank: 1, name: "Participant 2", metric_value: "240.00", is_me: false, prize_amount: "105.00" },
        { rank: 3, name: "Dealer S3", metric_value: "80.50", is_me: true, prize_amount: "5.00" },
      ])
      expect(s3View.contest).not.toHaveProperty("audience")
      const s2View = (await api.get(`/store/dealers/me/contests/${earliest.id}`, s2.buyer.headers)).data
      expect(s2View.me).toEqual({ rank: 2, metric_value: "240.00", prize_amount: "55.00", gap_to_above: "0.00" })
      // Outside the audience (another dealer, the distributor itself): not found, and not listed.
      for (const outsider of [out, dist]) {
        expect((await failure(api.get(`/store/dealers/me/contests/${shared.id}`, outsider.buyer.headers))).status).toBe(404)
        expect((await api.get("/store/dealers/me/contests", outsider.buyer.headers)).data.contests).toEqual([])
      }
      expect((await api.get("/store/dealers/me/contests", s1.buyer.headers)).data.contests.map((c: any) => c.id).sort()).toEqual(
        [shared.id, earliest.id].sort()
      )

      // Two closes at once: each prize is accrued once, pending, named by the contest.
      const closes = await Promise.all([1, 2].map(() => post(`/admin/dealer-contests/${shared.id}/close`)))
      expect(closes.map((close) => close.accruals).sort()).toEqual([0, 3])
      expect(closes[0].contest).toMatchObject({ status: "closed", ends_on: day(1) })
      const accrued = await accrualsOf(shared.id)
      expect(accrued.map((a) => [a.dealer.code, a.kind, a.amount, a.status]).sort()).toEqual([
        ["S1", "money", "105.00", "pending"],
        ["S2", "money", "105.00", "pending"],
        ["S3", "money", "5.00", "pending"],
      ])
      expect(accrued[0]).toMatchObject({
        rule_id: "contest_prize",
        period_key: day(1).slice(0, 7),
        program: { id: shared.id, code: "contest", name: "Sub-dealer sprint" },
        explanation: { contest: { id: shared.id, title: "Sub-dealer sprint", metric: "sales_amount" } },
      })

      // The final standings, stored for the rating: rank, figure, prize.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const storedResults = async () =>
        (
          await knex.raw(
            `select d.code, r.rank, r.metric_value::text, r.prize_kind, r.prize_amount::text
               from dealer_contest_result r join dealer d on d.id = r.dealer_id
              where r.contest_id = ? and r.deleted_at is null order by d.code`,
            [shared.id]
          )
        ).rows.map((row: any) => [row.code, row.rank, Number(row.metric_value), row.prize_kind, Number(row.prize_amount)])
      expect(await storedResults()).toEqual([
        ["S1", 1, 240, "money", 105],
        ["S2", 1, 240, "money", 105],
        ["S3", 3, 80.5, "money", 5],
      ])

      // Approved like any accrual: into the wallets, the statement naming the contest.
      await post("/admin/dealer-reward-accruals/approve", { ids: accrued.map((a) => a.id) })
      const wallet = await get(`/admin/dealers/${s1.dealer.id}/wallet`)
      expect(wallet.wallet.balances).toEqual([{ kind: "money", currency_code: "eur", balance: "105" }])
      expect(wallet.entries.map((e: any) => e.description)).toEqual(["Contest prize: Sub-dealer sprint"])

      // A re-close with nothing changed writes nothing.
      expect((await post(`/admin/dealer-contests/${shared.id}/close`)).accruals).toBe(0)
      expect(await accrualsOf(shared.id)).toHaveLength(3)

      // S2 returns one drill after the close: 120.00, now 2nd (50 + 5): the re-close claws back 50.00.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: s2Order.id } })
      const item = (data[0] as any).items[0]
      await api.post(`/admin/orders/${s2Order.id}/fulfillments`, { items: [{ id: item.id, quantity: 2 }] }, admin)
      const returnId = await receiveReturn(api, admin, store, s2Order.id, [{ id: item.id, quantity: 1 }])
      await waitFor(() => contributionsOf(s2Order.id), (entries) => entries.some((e) => e.source_id === returnId))
      // Until then the closed contest shows its stored results.
      expect((await api.get(`/store/dealers/me/contests/${shared.id}`, s2.buyer.headers)).data).toMatchObject({
        live: false,
        me: { rank: 1, metric_value: "240.00", prize_amount: "105.00", gap_to_above: null },
      })
      expect((await post(`/admin/dealer-contests/${shared.id}/close`)).accruals).toBe(1)
      const { results } = await get(`/admin/dealer-contests/${shared.id}/results`)
      expect(results.map((r: any) => [r.dealer.code, r.rank, r.metric_value, r.prize_amount, r.accruals.map((a: any) => [a.amount, a.status])])).toEqual([
        ["S1", 1, "240.00", "105.00", [["105.00", "approved"]]],
        ["S2", 2, "120.00", "55.00", [["105.00", "approved"], ["-50.00", "pending"]]],
        ["S3", 3, "80.50", "5.00", [["5.00", "approved"]]],
      ])
      expect(await storedResults()).toEqual([
        ["S1", 1, 240, "money", 105],
        ["S2", 2, 120, "money", 55],
        ["S3", 3, 80.5, "money", 5],
      ])
      // And again: nothing more.
      expect((await post(`/admin/dealer-contests/${shared.id}/close`)).accruals).toBe(0)
    })

    it("reads focus quantities, plan attainment, growth and new customers' orders, and refuses what does not fit", async () => {
      const d1 = await dealerUnderAgreement("D1")
      const d2 = await dealerUnderAgreement("D2")
      const month = day(0).slice(0, 7)
      const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10)
      await post("/admin/dealer-plans", { dealer_id: d1.dealer.id, period: month, target_amount: 1000 })
      await post("/admin/dealer-plans", { dealer_id: d2.dealer.id, period: month, target_amount: 400 })
      // D1: 3 drills (360.00) and a pliers set (19.99) in two orders; D2: a drill and a saw (200.50) in one.
      await placeOrder(d1.buyer.headers, drills(3))
      await placeOrder(d1.buyer.headers, pliers(1))
      await placeOrder(d2.buyer.headers, [...drills(1), ...saws(1)])

      const audience = { dealer_ids: [d1.dealer.id, d2.dealer.id] }
      const overMonth = { audience, starts_on: `${month}-01`, ends_on: lastDay }
      const power = `category:${store.categories["Power tools"]}`
      const focus = await runningContest({ ...overMonth, metric: "focus_quantity", focus_key: power })
      expect(await standingsOf(focus.id)).toEqual([
        ["D1", "3", 1, "0.00"],
        ["D2", "2", 2, "0.00"],
      ])
      // The whole month: 379.99 of 1000 = 38.00 %; 200.50 of 400 = 50.13 % (half-up).
      const attainment = await runningContest({ ...overMonth, metric: "attainment_percent", prizes: [{ basis: "threshold", threshold: 50, amount: 300 }], prize_kind: "marketing_points" })
      expect(await standingsOf(attainment.id)).toEqual([
        ["D2", "50.13", 1, "300"],
        ["D1", "38", 2, "0"],
      ])
      // Nothing sold a year earlier: no growth figure, nobody ranked.
      const growth = await runningContest({ ...overMonth, metric: "growth_percent" })
      expect(await standingsOf(growth.id)).toEqual([
        ["D1", null, null, "0.00"],
        ["D2", null, null, "0.00"],
      ])
      const newCustomers = await runningContest({ ...overMonth, metric: "new_customer_orders" })
      expect(await standingsOf(newCustomers.id)).toEqual([
        ["D1", "2", 1, "0.00"],
        ["D2", "1", 2, "0.00"],
      ])

      // Refusals name the field.
      const base = { title: "X", starts_on: day(0), ends_on: day(1), metric: "sales_amount", currency_code: "eur", prizes: [] }
      for (const [body, message] of [
        [{ ...base, ends_on: day(-1) }, "ends_on: must be on or after starts_on"],
        [{ ...base, metric: "focus_amount" }, "focus_key: a focus metric needs a product or category"],
        [{ ...base, prizes: [{ basis: "rank", rank: 0, amount: 5 }] }, "prizes.0.rank"],
        [{ ...base, starts_on: "2026-02-30" }, "starts_on"],
      ] as const) {
        const refused = await failure(post("/admin/dealer-contests", body))
        expect([refused.status, refused.message]).toEqual([400, expect.stringContaining(message)])
      }
      const { contest: draft } = await post("/admin/dealer-contests", base)
      expect((await failure(post(`/admin/dealer-contests/${draft.id}/close`))).message).toBe("The contest is draft; only a running contest can be closed")
      // A running contest keeps who takes part and what it measures.
      expect((await failure(post(`/admin/dealer-contests/${focus.id}`, { metric: "sales_amount" }))).message).toBe(
        "metric: the contest is running; it cannot change now"
      )
      const { contest: cancelled } = await post(`/admin/dealer-contests/${focus.id}/cancel`)
      expect(cancelled.status).toBe("cancelled")
      expect((await api.get("/store/dealers/me/contests", d1.buyer.headers)).data.contests.map((c: any) => c.id)).not.toContain(focus.id)
    })
  },
})
