import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { DEMO_MARKER_KEY, DEMO_ORDER_KEY, DEMO_VERSION } from "../../src/scripts/demo/demo-data"
import { scheduleDemoOrders } from "../../src/scripts/demo/order-schedule"
import { shiftMonth } from "../../src/lib/periods"
import { currentPeriod } from "../../src/scripts/demo/seed-plans"
import { seedRating } from "../../src/scripts/demo/seed-rating"
import { DEMO_MATERIALS } from "../../src/scripts/demo/seed-materials"
import { DemoSeedSummary, seedDemo } from "../../src/scripts/seed-demo"
import { createAdminHeaders } from "../helpers/auth"
import { shiftClockTo } from "../helpers/shifted-clock"

jest.setTimeout(300_000)

// The demo must look real on any day: by default the seed runs on the 2nd of
// next month, 10:00 UTC (little of the month done; last month just closed).
// DEMO_SEED_DATE (an ISO instant) picks another day.
const seedDay = process.env.DEMO_SEED_DATE
  ? new Date(process.env.DEMO_SEED_DATE)
  : new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 1, 2, 10))
shiftClockTo(seedDay)

const ALL = { take: 10_000 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let summary: DemoSeedSummary

    // Seeded once; the runner snapshots the database after this and restores
    // the seeded state before every test.
    beforeAll(async () => {
      summary = await seedDemo(getContainer())
    }, 1_800_000)

    const service = () => getContainer().resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)

    it("seeds the store and the network as designed", async () => {
      expect(summary.created).toBe(true)
      expect(summary.publishable_key).toMatch(/^pk_/)
      expect(summary.region_id).toBeTruthy()
      expect(summary.sales_channel_id).toBeTruthy()
      expect(summary.application_id).toBeTruthy()
      expect(Object.keys(summary.dealer_ids)).toHaveLength(11)
      expect(summary.counts).toEqual({
        tiers: 3,
        territories: 12,
        dealers: 11,
        dealers_by_role: { distributor: 2, dealer: 5, sub_dealer: 4 },
        dealers_by_status: { active: 9, terminated: 1, applicant: 1 },
        members: 22,
        customers: 23,
        customer_groups: 11,
        zones: 12,
        exclusive_zones: 6,
        agreements: 12,
        agreements_by_status: { active: 9, expired: 1, terminated: 1, draft: 1 },
        applications: 1,
        categories: 4,
        products: 8,
      })

      const [application] = await service().listDealerApplications({ id: summary.application_id! })
      expect(application).toMatchObject({ status: "pending", company_name: "Steiner Baubedarf GmbH" })

      // Every product sells through the B2B channel at an EUR price.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      // Typed loosely: with Medusa's generated .medusa/types, graph results are strict.
      const { data: products }: { data: any[] } = await query.graph({
        entity: "product",
        fields: ["handle", "sales_channels.id", "variants.prices.currency_code", "categories.handle"],
        filters: { id: Object.values(summary.product_ids) },
      })
      expect(products).toHaveLength(8)
      for (const product of products) {
        expect(product.sales_channels.map((c: any) => c.id)).toEqual([summary.sales_channel_id])
        expect(product.categories).toHaveLength(1)
        for (const variant of product.variants) {
          expect(variant.prices.map((p: any) => p.currency_code)).toContain("eur")
        }
      }
    })

    it("gives every dealer a customer group holding exactly its members", async () => {
      const dealers = await service().listDealers({}, ALL)
      const members = await service().listDealerMembers({}, ALL)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: groups }: { data: any[] } = await query.graph({
        entity: "customer_group",
        fields: ["id", "metadata", "customers.id"],
        filters: { id: dealers.map((d) => d.customer_group_id!) },
      })
      expect(groups).toHaveLength(dealers.length)
      for (const dealer of dealers) {
        const group = groups.find((g) => g.id === dealer.customer_group_id)!
        expect(group.metadata).toEqual({ dealer_id: dealer.id })
        const memberIds = members.filter((m) => m.dealer_id === dealer.id).map((m) => m.customer_id)
        expect(memberIds).toHaveLength(2)
        expect(group.customers!.map((c: any) => c.id).sort()).toEqual(memberIds.sort())
        expect(members.filter((m) => m.dealer_id === dealer.id).map((m) => m.role).sort()).toEqual([
          "buyer",
          "owner",
        ])
      }
    })

    it("places every sub-dealer under a dealer or distributor, and distributors at the top", async () => {
      const dealers = await service().listDealers({}, ALL)
      const byId = new Map(dealers.map((d) => [d.id, d]))
      for (const dealer of dealers) {
        const parent = dealer.parent_id ? byId.get(dealer.parent_id) : null
        if (dealer.role === "sub_dealer") {
          expect(["dealer", "distributor"]).toContain(parent?.role)
        }
        if (dealer.role === "distributor") expect(parent).toBeNull()
        if (dealer.role === "dealer" && parent) expect(parent.role).toBe("distributor")
      }
      const tree = await service().listSubtree(summary.dealer_ids.BAUTEC)
      expect(tree.map((row) => row.code).sort()).toEqual(
        ["BAUTEC", "BRANDL", "HUBER", "KRAEMER", "NORIS", "RHEIN"].sort()
      )
    })

    it("gives every active dealer an agreement in force, with the designed history", async () => {
      const dealers = await service().listDealers({}, ALL)
      const active = dealers.filter((d) => d.status === "active")
      expect(active).toHaveLength(9)
      for (const dealer of active) {
        const agreement = await service().retrieveEffectiveAgreement(dealer.id)
        expect({ code: dealer.code, status: agreement?.status }).toEqual({ code: dealer.code, status: "active" })
      }

      const huber = await service().listDealerAgreements({ dealer_id: summary.dealer_ids.HUBER }, { order: { version: "ASC" } })
      expect(huber.map((a) => [a.version, a.status])).toEqual([
        [1, "expired"],
        [2, "active"],
      ])
      expect(huber[1].supersedes_id).toBe(huber[0].id)
      expect((await service().retrieveEffectiveAgreement(summary.dealer_ids.HUBER))!.id).toBe(huber[1].id)

      const kraemer = dealers.find((d) => d.code === "KRAEMER")!
      expect(kraemer.status).toBe("terminated")
      expect(await service().retrieveEffectiveAgreement(kraemer.id)).toBeNull()
      const [terminated] = await service().listDealerAgreements({ dealer_id: kraemer.id })
      expect(terminated).toMatchObject({ status: "terminated" })
      expect(terminated.termination_reason).toBeTruthy()

      const wieser = dealers.find((d) => d.code === "WIESER")!
      expect(wieser.status).toBe("applicant")
      const [draft] = await service().listDealerAgreements({ dealer_id: wieser.id })
      expect(draft.status).toBe("draft")

      const agreements = await service().listDealerAgreements({}, ALL)
      expect(new Set(agreements.map((a) => a.conflict_policy)).size).toBe(4)
      expect(new Set(agreements.map((a) => a.payout_form)).size).toBe(4)
      for (const agreement of agreements) {
        expect(Number(agreement.credit_limit)).toBeGreaterThan(0)
        expect(agreement.payment_terms_days).toBeGreaterThan(0)
        if (agreement.conflict_policy === "split") expect(Number(agreement.split_share_percent)).toBeGreaterThan(0)
      }
    })

    it("has no exclusive zone overlapping another dealer's zone", async () => {
      const territories = await service().listDealerTerritories({}, ALL)
      const parentOf = new Map(territories.map((t) => [t.id, t.parent_id as string | null]))
      const ancestors = (id: string) => {
        const chain: string[] = []
        for (let at: string | null = id; at; at = parentOf.get(at) ?? null) chain.push(at)
        return chain
      }
      const related = (a: string, b: string) => ancestors(a).includes(b) || ancestors(b).includes(a)

      const zones = await service().listDealerZones({}, { ...ALL, relations: ["categories"] })
      expect(zones.some((z) => z.is_exclusive && z.categories.length > 0)).toBe(true)
      const window = (z: any) => [new Date(z.starts_at).getTime(), z.ends_at ? new Date(z.ends_at).getTime() : Infinity]
      const categoriesOf = (z: any) => z.categories.map((c: any) => c.product_category_id)

      const overlaps: string[] = []
      zones.forEach((a, i) =>
        zones.slice(i + 1).forEach((b) => {
          if (a.dealer_id === b.dealer_id || !(a.is_exclusive || b.is_exclusive)) return
          if (!related(a.territory_id, b.territory_id)) return
          const [aFrom, aTo] = window(a)
          const [bFrom, bTo] = window(b)
          if (!(aFrom < bTo && bFrom < aTo)) return
          const [ca, cb] = [categoriesOf(a), categoriesOf(b)]
          if (ca.length && cb.length && !ca.some((c: string) => cb.includes(c))) return
          overlaps.push(`${a.id} × ${b.id}`)
        })
      )
      expect(overlaps).toEqual([])
    })

    it("lets a seeded buyer log in to the store with the seeded publishable key", async () => {
      const buyer = summary.buyer_logins[0]
      const login = await api.post("/auth/customer/emailpass", {
        email: buyer.email,
        password: summary.buyer_password,
      })
      expect(login.status).toBe(200)
      const headers = {
        headers: {
          authorization: `Bearer ${login.data.token}`,
          "x-publishable-api-key": summary.publishable_key!,
        },
      }
      const me = await api.get("/store/customers/me", headers)
      expect(me.data.customer).toMatchObject({ email: buyer.email, has_account: true })

      const dealer = await api.get("/store/dealers/me", headers)
      expect(dealer.data.dealer.code).toBe("HUBER")
      expect(dealer.data.membership.role).toBe("buyer")

      const wrong = await api
        .post("/auth/customer/emailpass", { email: buyer.email, password: "wrong-password" })
        .catch((e: any) => e)
      expect(wrong.response.status).toBe(401)
    })

    const plans = () => getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)

    it("gives every active dealer a plan for this month and the three before, at least its contract's monthly commitment", async () => {
      const active = await service().listDealers({ status: "active" }, ALL)
      expect(active).toHaveLength(9)
      const current = currentPeriod(getContainer(), new Date())
      const periods = [shiftMonth(current, -3), shiftMonth(current, -2), shiftMonth(current, -1), current]
      const saved = await plans().listDealerSalesPlans({}, { ...ALL, relations: ["targets"] })
      for (const dealer of active) {
        const own = saved.filter((p) => p.dealer_id === dealer.id)
        expect({ code: dealer.code, periods: own.map((p) => p.period_key).sort() }).toEqual({
          code: dealer.code,
          periods,
        })
        const now = own.find((p) => p.period_key === current)!
        expect(now.currency_code).toBe(dealer.currency_code)
        expect(Number(now.target_amount)).toBeGreaterThan(0)
        expect(now.targets.length).toBeGreaterThan(0)
        const commitment = (await service().retrieveEffectiveAgreement(dealer.id))!.min_monthly_turnover
        for (const plan of own) expect(Number(plan.target_amount)).toBeGreaterThanOrEqual(Number(commitment ?? 0))
      }
      const targets = saved.flatMap((p) => p.targets)
      expect(new Set(targets.map((t) => t.target_type))).toEqual(new Set(["product", "category"]))
    })

    it("places the demo orders through the store and credits them to their dealers", async () => {
      expect(summary.sales_created).toBe(true)
      const orders = await getContainer()
        .resolve(Modules.ORDER)
        .listOrders({}, { ...ALL, select: ["id", "metadata", "status"] })
      const demoOrders = orders.filter((o) => o.metadata?.[DEMO_ORDER_KEY])
      const scheduled = scheduleDemoOrders(new Date(), service().getOptions().timeZone)
      expect(demoOrders).toHaveLength(scheduled.length)
      expect(summary.sales_counts.orders).toBe(scheduled.length)

      // Every demo order has its order_placed entry in the ledger.
      const contributions = await plans().listDealerContributions({ cause: "order_placed" }, ALL)
      const credited = new Set(contributions.map((c) => c.order_id))
      expect(demoOrders.filter((o) => !credited.has(o.id))).toEqual([])

    })

    it("gives every partner three full past months, some ahead, some behind, one far behind, and this month partly done", async () => {
      const current = currentPeriod(getContainer(), new Date())
      const active = await service().listDealers({ status: "active" }, ALL)
      const attainmentIn = async (period: string) => {
        const progress = await plans().sumPeriodProgress({ period_key: period })
        const saved = await plans().listDealerSalesPlans({ period_key: period }, ALL)
        return Object.fromEntries(
          active.map((dealer) => {
            const plan = saved.find((p) => p.dealer_id === dealer.id)!
            const actual = Number(progress.find((p) => p.dealer_id === dealer.id)?.amount ?? 0)
            return [dealer.code, { actual, target: Number(plan.target_amount), share: actual / Number(plan.target_amount) }]
          })
        )
      }
      for (const offset of [-3, -2, -1]) {
        const month = await attainmentIn(shiftMonth(current, offset))
        // No empty month: every partner sold a believable share of its plan.
        for (const [code, { share }] of Object.entries(month)) {
          expect({ code, offset, sold: share > 0.25 && share < 1.6 }).toEqual({ code, offset, sold: true })
        }
      }
      const last = await attainmentIn(shiftMonth(current, -1))
      expect(last.HUBER.share).toBeGreaterThanOrEqual(1)
      expect(last.NORIS.share).toBeLessThan(1)
      expect(last.KOWALSKI.share).toBeLessThan(0.5)

      // This month: every partner has started, and the network stands near the
      // plan's share of the days elapsed (not a four-digit percentage on the 2nd).
      const now = await attainmentIn(current)
      expect(Object.values(now).every(({ actual }) => actual > 0)).toBe(true)
      const today = new Date()
      const elapsed = today.getUTCDate() / new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)).getUTCDate()
      const sum = (key: "actual" | "target") => Object.values(now).reduce((total, figures) => total + figures[key], 0)
      const pace = sum("actual") / (sum("target") * elapsed)
      expect(pace).toBeGreaterThan(0.6)
      expect(pace).toBeLessThan(today.getUTCDate() <= 2 ? 2.5 : 1.4)
    })

    it("gives each partner the tier its last three months earn, and alerts on the one far behind", async () => {
      const dealers = await service().listDealers({ status: "active" }, { ...ALL, relations: ["tier"] })
      const tierOf = Object.fromEntries(dealers.map((d: any) => [d.code, d.tier?.name]))
      expect(tierOf).toEqual({
        BAUTEC: "Gold",
        WISLA: "Gold",
        HUBER: "Gold",
        NORIS: "Silver",
        RHEIN: "Silver",
        ALPEN: "Silver",
        KOWALSKI: "Bronze",
        BRANDL: "Bronze",
        NOWAK: "Bronze",
      })
      // The review of last month promoted RHEIN (seeded at its signing tier) and demoted no one.
      const changes = await plans().listDealerTierChanges({}, ALL)
      const codeOf = new Map(dealers.map((d) => [d.id, d.code]))
      expect(changes.map((c) => [codeOf.get(c.dealer_id), c.reason])).toEqual([["RHEIN", "promotion"]])

      const alerts = await plans().listDealerDeviationAlerts({ status: "open" }, ALL)
      const kindsOf = (code: string) => alerts.filter((a) => codeOf.get(a.dealer_id) === code).map((a) => a.kind)
      expect(kindsOf("KOWALSKI")).toContain("volume_commitment")
      // Only the partner far behind misses its contract's monthly minimum.
      expect([...new Set(alerts.filter((a) => a.kind === "volume_commitment").map((a) => codeOf.get(a.dealer_id)))]).toEqual(["KOWALSKI"])
      expect(kindsOf("HUBER")).toEqual([])
    })

    it("opens conflict cases for the orders shipped into other dealers' exclusive zones", async () => {
      const cases = await service().listDealerConflictCases({}, ALL)
      expect(cases.length).toBeGreaterThanOrEqual(1)
      expect(cases.some((c) => c.status === "open")).toBe(true)
      expect(summary.sales_counts.conflict_cases).toBe(cases.length)
    })

    it("runs the deviation check and the tier review", async () => {
      expect(summary.sales_counts.alerts).toBeGreaterThan(0)
      expect(summary.sales_counts.tier_changes).toBeGreaterThan(0)
    })

    it("guards the B2B channel, prices it per agreement and ages the dealers' receivables", async () => {
      const admin = await createAdminHeaders(getContainer())
      const { settings } = (await api.get("/admin/dealer-settings", admin)).data
      expect(settings.b2b_sales_channel_id).toBe(summary.sales_channel_id)
      const active = await service().listDealers({ status: "active" }, ALL)
      expect(active.filter((dealer) => !dealer.price_list_id)).toEqual([])

      // HUBER's buyer orders drill kits at the agreed 219 less the tier's discount.
      const login = await api.post("/auth/customer/emailpass", {
        email: "einkauf@werkzeug-huber.example",
        password: summary.buyer_password,
      })
      const buyer = { headers: { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": summary.publishable_key! } }
      const { data } = await api.get(
        `/store/products?region_id=${summary.region_id}&handle=fx18-cordless-drill-driver&fields=*variants.calculated_price,variants.sku`,
        buyer
      )
      const kit = data.products[0].variants.find((v: any) => v.sku === "FX18-DD-KIT")
      expect(kit.calculated_price.calculated_amount).toBeLessThanOrEqual(219)
      expect(kit.calculated_price.original_amount).toBe(259)

      // Earlier months' invoices age: NORIS (30 days' terms) 22 days overdue,
      // KOWALSKI (21) 49 days, NOWAK (14) 81 days.
      const report = (await api.get("/admin/dealer-receivables?overdue_only=true", admin)).data
      const overdue = Object.fromEntries(report.receivables.map((r: any) => [r.dealer.code, r.max_overdue_days]))
      expect(overdue).toEqual({ NORIS: 22, KOWALSKI: 49, NOWAK: 81 })
      const noris = (await api.get(`/admin/dealers/${summary.dealer_ids.NORIS}/receivables`, admin)).data.receivables
      const partlyPaid = noris.orders.find((o: any) => o.bucket === "overdue_1_30")
      expect(partlyPaid.paid).toBe("500.00")
      expect(Number(partlyPaid.outstanding)).toBe(Number(partlyPaid.total) - 500)
    })

    it("runs the reward programs: code-defined and admin-made, last month approved into wallets, this month pending", async () => {
      const admin = await createAdminHeaders(getContainer())
      const { programs } = (await api.get("/admin/dealer-reward-programs?limit=50", admin)).data
      expect(programs.map((p: any) => [p.code, p.is_code_defined])).toEqual([
        ["DISTRIBUTOR-OVERRIDE", true],
        ["GARDEN-SEASON", false],
        ["PLAN-BONUS", true],
      ])
      expect(summary.sales_counts.reward_accruals).toBeGreaterThan(0)
      const current = currentPeriod(getContainer(), new Date())
      const last = shiftMonth(current, -1)
      const lastMonth = (await api.get(`/admin/dealer-reward-accruals?period_key=${last}&limit=200`, admin)).data.accruals
      expect(lastMonth.length).toBeGreaterThan(0)
      expect(lastMonth.every((a: any) => a.status === "approved" || a.status === "held")).toBe(true)
      const thisMonth = (await api.get(`/admin/dealer-reward-accruals?period_key=${current}&limit=200`, admin)).data.accruals
      expect(new Set(thisMonth.map((a: any) => a.status))).toEqual(new Set(["pending", "held"]))
      // Dealers with overdue invoices have their plan-bonus rewards held.
      const held = new Set(thisMonth.filter((a: any) => a.status === "held").map((a: any) => a.dealer_id))
      expect(held).toEqual(new Set([summary.dealer_ids.NORIS, summary.dealer_ids.KOWALSKI, summary.dealer_ids.NOWAK]))
      const { wallet } = (await api.get(`/admin/dealers/${summary.dealer_ids.HUBER}/wallet`, admin)).data
      expect(wallet.balances.length).toBeGreaterThan(0)

      // Last month's money paid out: cash sent in a bank file the bank has paid, an offset on
      // open invoices, points; and a second bank file waiting for the bank.
      const { payouts } = (await api.get("/admin/dealer-payouts?limit=50", admin)).data
      const lastMonthPayouts = payouts.filter((p: any) => p.note !== "Demo: cash for the trade fair stand")
      const formOf = Object.fromEntries(lastMonthPayouts.map((p: any) => [p.dealer_id, [p.form, p.status]]))
      expect(formOf).toEqual({
        [summary.dealer_ids.BAUTEC]: ["cash", "paid"],
        [summary.dealer_ids.HUBER]: ["receivable_offset", "completed"],
        [summary.dealer_ids.ALPEN]: ["marketing_points", "completed"],
      })
      const { batches } = (await api.get("/admin/dealer-payout-batches", admin)).data
      expect(batches.map((b: any) => b.status).sort()).toEqual(["exported", "paid"])
    })

    it("holds past events with attendance, paid from last month's event credit, and an upcoming launch with seats left", async () => {
      const admin = await createAdminHeaders(getContainer())
      const past = (await api.get("/admin/dealer-events?when=past&order=starts_at", admin)).data.events
      expect(past.map((e: any) => [e.type, e.status])).toEqual([
        ["conference", "completed"],
        ["training_onsite", "completed"],
        ["webinar", "completed"],
      ])
      const registrations = async (eventId: string) =>
        (await api.get(`/admin/dealer-events/${eventId}/registrations`, admin)).data.registrations
      // The paid ones: BAUTEC's shares from its event credit, GARDEN-SEASON's of last month.
      for (const [event, share] of [
        [past[0], "50.00"],
        [past[1], "60.00"],
      ]) {
        expect((await registrations(event.id)).map((r: any) => [r.dealer.code, r.share_amount, r.paid_event_credit, r.paid_money, r.attendance])).toEqual([
          ["BAUTEC", share, share, "0.00", "attended"],
        ])
      }
      const webinar = await registrations(past[2].id)
      expect(webinar.map((r: any) => [r.dealer.code, r.attendance]).sort()).toEqual([
        ["ALPEN", "no_show"],
        ["HUBER", "attended"],
        ["RHEIN", "attended"],
      ])
      const credit = await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("select source_type, sum(amount)::text as amount from dealer_wallet_entry where dealer_id = ? and kind = 'event_credit' group by source_type order by source_type", [summary.dealer_ids.BAUTEC])
      expect(credit.rows.map((r: any) => r.source_type)).toEqual(["accrual", "event_registration"])
      expect(Number(credit.rows[1].amount)).toBe(-110)

      const [launch] = (await api.get("/admin/dealer-events?when=upcoming", admin)).data.events
      expect(launch).toMatchObject({ type: "product_launch", status: "published", capacity: 40, seats_taken: 3 })
      expect(launch.product_ids.sort()).toEqual(
        [summary.product_ids["ht36-cordless-hedge-trimmer"], summary.product_ids["lm46-cordless-lawn-mower"]].sort()
      )
      expect(launch.category_ids).toEqual([summary.category_ids.garden])
    })

    it("names last month's dealer of the month, the first of its leaderboard, once", async () => {
      const admin = await createAdminHeaders(getContainer())
      const last = shiftMonth(currentPeriod(getContainer(), new Date()), -1)
      const { awards } = (await api.get("/admin/dealer-rating/awards", admin)).data
      expect(awards.map((award: any) => [award.period_key, award.recorded_by])).toEqual([[last, "demo"]])
      const board = (await api.get(`/admin/dealer-rating?period=${last}&limit=1`, admin)).data
      expect(Number(board.dealers[0].score)).toBeGreaterThan(0)
      expect(awards[0]).toMatchObject({ dealer_id: board.dealers[0].dealer.id, score: board.dealers[0].score })
      expect(await seedRating(getContainer(), new Date())).toBe(awards[0].id)
      expect((await api.get("/admin/dealer-rating/awards", admin)).data.count).toBe(1)
    })

    it("runs a sub-dealer sprint under BAUTEC and shows last month's dealer cup closed with its prizes paid", async () => {
      const admin = await createAdminHeaders(getContainer())
      const { contests } = (await api.get("/admin/dealer-contests?limit=50&order=title", admin)).data
      expect(contests.map((c: any) => [c.title, c.status])).toEqual([
        ["BAUTEC partner sprint: power tools", "running"],
        ["Dealer cup of the month", "closed"],
      ])
      const [sprint, cup] = contests
      expect(sprint.audience).toEqual({ parent_dealer_id: summary.dealer_ids.BAUTEC })
      const { standings } = (await api.get(`/admin/dealer-contests/${sprint.id}/standings`, admin)).data
      expect(standings.some((s: any) => s.rank === 1)).toBe(true)
      expect(standings.map((s: any) => s.dealer_code)).not.toContain("BAUTEC")
      const { results } = (await api.get(`/admin/dealer-contests/${cup.id}/results`, admin)).data
      const winners = results.filter((r: any) => Number(r.prize_amount) > 0)
      expect(winners.length).toBeGreaterThan(0)
      expect(winners.every((r: any) => r.accruals.length && r.accruals.every((a: any) => a.status === "approved"))).toBe(true)
    })

    it("has a marketing catalogue and material requests shipped and pending, paid from the dealers' points", async () => {
      const admin = await createAdminHeaders(getContainer())
      const { materials } = (await api.get("/admin/dealer-materials?limit=50", admin)).data
      expect(materials.map((m: any) => m.code).sort()).toEqual(DEMO_MATERIALS.map((m) => m.code).sort())
      expect(new Set(materials.map((m: any) => m.kind))).toEqual(new Set(["poster", "sample", "display", "digital_kit", "other"]))
      const { material_requests: requests } = (await api.get("/admin/dealer-material-requests?status[]=requested&status[]=shipped&limit=50", admin)).data
      expect(new Set(requests.map((r: any) => r.status))).toEqual(new Set(["requested", "shipped"]))
      // Each request's points left its dealer's wallet, and no wallet is below zero.
      for (const request of requests) {
        const { wallet, entries } = (await api.get(`/admin/dealers/${request.dealer_id}/wallet?kind=marketing_points&limit=200`, admin)).data
        expect(entries.some((e: any) => e.source_type === "material_request" && e.source_id === request.id && Number(e.amount) === -Number(request.total_points))).toBe(true)
        expect(Number(wallet.balances.find((b: any) => b.kind === "marketing_points").balance)).toBeGreaterThanOrEqual(0)
      }
    })

    it("shows the figures on the admin progress route", async () => {
      const admin = await createAdminHeaders(getContainer())
      const { data } = await api.get(`/admin/dealers/${summary.dealer_ids.HUBER}/progress`, admin)
      expect(Number(data.progress.actual.amount)).toBeGreaterThan(0)
      expect(data.progress.actual.order_count).toBeGreaterThan(0)
    })

    it("changes nothing when run a second time", async () => {
      const again = await seedDemo(getContainer())
      expect(again.created).toBe(false)
      expect(again.sales_created).toBe(false)
      expect(again.counts).toEqual(summary.counts)
      expect(again.sales_counts).toEqual(summary.sales_counts)
      expect(again.dealer_ids).toEqual(summary.dealer_ids)
      expect(again.publishable_key).toBe(summary.publishable_key)
    })

    it("adds only what is missing to a database seeded by an older version", async () => {
      // Pretend the database was seeded by version 1: the sales part reruns
      // without a second order, plan or ledger entry.
      const storeModule = getContainer().resolve(Modules.STORE)
      const [store] = await storeModule.listStores({}, { take: 1 })
      const marker = store.metadata![DEMO_MARKER_KEY] as Record<string, unknown>
      await storeModule.updateStores(store.id, {
        metadata: { ...store.metadata, [DEMO_MARKER_KEY]: { ...marker, version: 1 } },
      })
      const again = await seedDemo(getContainer())
      expect(again.created).toBe(false)
      expect(again.sales_created).toBe(true)
      expect(again.counts).toEqual(summary.counts)
      const { alerts, tier_changes, ...rest } = again.sales_counts
      const { alerts: _a, tier_changes: _t, ...before } = summary.sales_counts
      expect(rest).toEqual(before)
      const [updated] = await storeModule.listStores({}, { take: 1 })
      expect((updated.metadata![DEMO_MARKER_KEY] as any).version).toBe(DEMO_VERSION)
    })
  },
})
