import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import BigNumber from "bignumber.js"
import { workingDays } from "../../src/lib/deviation"
import { dayKeyOf, daysOfMonth, lastDayOfMonth, monthKeyOf, shiftMonth } from "../../src/lib/periods"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { adminRequests, adminSession, createPublishableKey, registerCustomer } from "../helpers/auth"
import { checkout, seedWholesaleStore } from "../helpers/checkout"
import { errorResponse as fail } from "../helpers/failure"
import { recordTestSale } from "../helpers/ledger"
import { waitFor } from "../helpers/wait"

jest.setTimeout(180_000)

const PERIOD = monthKeyOf(new Date(), "UTC")
const MONTH_END = lastDayOfMonth(PERIOD)

/** Plan × the share of the month's working days elapsed by the end of a day, to the cent. */
function expectedOn(day: string, plan: string) {
  const { total, elapsed } = workingDays(PERIOD, day)
  return new BigNumber(plan).times(elapsed).div(total).toFixed(2, BigNumber.ROUND_HALF_UP)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const { post, createDealer: dealer } = adminRequests(api, admin)
    const plan = (dealerId: string, period: string, amount: number) =>
      post("/admin/dealer-plans", { dealer_id: dealerId, period, target_amount: amount })

    async function member(publishableKey: string, dealerId: string, email: string, role: string) {
      const customer = await registerCustomer(api, publishableKey, email)
      await post(`/admin/dealers/${dealerId}/members`, { customer_id: customer.id, role })
      return customer.headers
    }

    const credit = (dealerId: string, amount: string) => recordTestSale(getContainer(), { dealerId, period: PERIOD, amount })

    it("shows a member their own dealer's progress; only owners see the sub-network and each sub-dealer", async () => {
      const store = await seedWholesaleStore(getContainer(), [
        { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
        { handle: "pliers-set", title: "Pliers set", price: 19.99, category: "Hand tools" },
      ])
      // DIST → NORD (→ KLEIN) and OST; BETA stands alone.
      const dist = await dealer({ code: "DIST", name: "Distribution Mitte", role: "distributor" })
      const nord = await dealer({ code: "NORD", name: "Nord Handel", parent_id: dist.id })
      const ost = await dealer({ code: "OST", name: "Ost Handel", parent_id: dist.id })
      const klein = await dealer({ code: "KLEIN", name: "Klein Werkzeug", role: "sub_dealer", parent_id: nord.id })
      const beta = await dealer({ code: "BETA", name: "Beta Baumarkt" })
      for (const [id, amount] of [
        [dist.id, 2000],
        [nord.id, 1000],
        [ost.id, 500.25],
        [klein.id, 200],
        [beta.id, 800],
      ] as const) {
        await plan(id, PERIOD, amount)
      }

      const owner = await member(store.publishableKey, dist.id, "owner@dist.example", "owner")
      const distBuyer = await member(store.publishableKey, dist.id, "buyer@dist.example", "buyer")
      const nordOwner = await member(store.publishableKey, nord.id, "owner@nord.example", "owner")
      const betaBuyer = await member(store.publishableKey, beta.id, "buyer@beta.example", "buyer")

      // Real checkouts for DIST (2 × 120) and BETA (5 × 19.99); NORD and KLEIN sell too.
      const ledger = getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
      for (const [buyer, items] of [
        [owner, [{ variant_id: store.variants["drill-x18"], quantity: 2 }]],
        [betaBuyer, [{ variant_id: store.variants["pliers-set"], quantity: 5 }]],
      ] as const) {
        const order = await checkout(api, store, buyer, [...items])
        await waitFor(() => ledger.listDealerContributions({ order_id: order.id }), (rows) => rows.length > 0)
      }
      await credit(nord.id, "300.25")
      await credit(klein.id, "100")

      const url = `/store/dealers/me/progress?period=${PERIOD}&as_of=${MONTH_END}`
      const mine = (await api.get(url, owner)).data.progress
      expect(mine).toMatchObject({
        dealer_id: dist.id,
        member_role: "owner",
        period: PERIOD,
        as_of: MONTH_END,
        plan: { currency_code: "eur", target_amount: "2000.00" },
        actual: { amount: "240.00", order_count: 1, average_order_value: "240.00" },
        deviation: { expected_to_date: "2000.00", deviation: "-1760.00", attainment_percent: "12.00" },
        targets: [],
        sub_network: {
          dealer_count: 4,
          target_amount: "3700.25",
          actual_amount: "640.25",
          actual_order_count: 3,
          deviation: { deviation: "-3060.00", attainment_percent: "17.30" },
        },
      })
      expect(mine.sub_dealers).toEqual([
        {
          dealer: { id: nord.id, code: "NORD", name: "Nord Handel", role: "dealer", status: expect.any(String) },
          has_sub_network: true,
          plan: { currency_code: "eur", target_amount: "1000.00", target_order_count: null },
          actual: { amount: "300.25", order_count: 1 },
          deviation: expect.objectContaining({ expected_to_date: "1000.00", deviation: "-699.75", attainment_percent: "30.03" }),
        },
        {
          dealer: { id: ost.id, code: "OST", name: "Ost Handel", role: "dealer", status: expect.any(String) },
          has_sub_network: false,
          plan: { currency_code: "eur", target_amount: "500.25", target_order_count: null },
          actual: { amount: "0.00", order_count: 0 },
          deviation: expect.objectContaining({ deviation: "-500.25", attainment_percent: "0.00" }),
        },
      ])

      // A quarter adds the months up, for the sub-dealers too.
      const quarter = `${PERIOD.slice(0, 4)}-Q${Math.floor((Number(PERIOD.slice(5)) - 1) / 3) + 1}`
      const q = (await api.get(`/store/dealers/me/progress?period=${quarter}`, owner)).data.progress
      expect(q).toMatchObject({ period: quarter, plan: { id: null, target_amount: "2000.00" }, sub_network: { actual_amount: "640.25" } })
      expect(q.sub_dealers.map((row: any) => [row.dealer.code, row.plan.target_amount, row.actual.amount, row.deviation.attainment_percent])).toEqual([
        ["NORD", "1000.00", "300.25", "30.03"],
        ["OST", "500.25", "0.00", "0.00"],
      ])

      // A dealer (not only a distributor) with a sub-network: its owner sees its sub-dealer.
      const nordView = (await api.get(url, nordOwner)).data.progress
      expect(nordView).toMatchObject({ dealer_id: nord.id, sub_network: { dealer_count: 2, actual_amount: "400.25" } })
      expect(nordView.sub_dealers.map((row: any) => [row.dealer.code, row.actual.amount])).toEqual([["KLEIN", "100.00"]])

      // A buyer of the distributor sees its own figures but not the network below it.
      const buyerView = (await api.get(url, distBuyer)).data.progress
      expect(buyerView).toMatchObject({ dealer_id: dist.id, member_role: "buyer", actual: { amount: "240.00" } })
      expect(buyerView.sub_network).toBeNull()
      expect(buyerView.sub_dealers).toBeNull()

      // BETA's buyer only ever gets BETA's figures: there is no parameter that names a dealer.
      const betaView = (await api.get(url, betaBuyer)).data.progress
      expect(betaView).toMatchObject({
        dealer_id: beta.id,
        actual: { amount: "99.95", order_count: 1 },
        plan: { target_amount: "800.00" },
        sub_network: null,
        sub_dealers: null,
      })
      for (const probe of [
        `/store/dealers/me/progress?dealer_id=${dist.id}`,
        `/store/dealers/me/progress?id=${dist.id}`,
        `/store/dealers/me/progress?period=${PERIOD}&dealer_id[]=${dist.id}`,
        `/store/dealers/me/plans?dealer_id=${dist.id}`,
        `/store/dealers/${dist.id}/progress`,
        `/store/dealers/${dist.id}/plans`,
        `/store/dealers/me/progress/${dist.id}`,
      ]) {
        const response: any = await api.get(probe, betaBuyer).catch((e: any) => e.response)
        expect([probe, [400, 404].includes(response.status)]).toEqual([probe, true])
        expect([probe, response.data?.progress, response.data?.plans]).toEqual([probe, undefined, undefined])
      }

      // Not a member: 404; no session: 401.
      const stranger = await registerCustomer(api, store.publishableKey, "stranger@example.com")
      expect((await fail(api.get("/store/dealers/me/progress", stranger.headers))).status).toBe(404)
      expect((await fail(api.get("/store/dealers/me/plans", stranger.headers))).status).toBe(404)
      const anonymous = { headers: { "x-publishable-api-key": store.publishableKey } }
      expect((await fail(api.get("/store/dealers/me/progress", anonymous))).status).toBe(401)
      expect((await fail(api.get("/store/dealers/me/plans", anonymous))).status).toBe(401)
    })

    it("lists a member's own monthly plans with the actual of each month, and refuses bad ranges by name", async () => {
      const { key } = await createPublishableKey(getContainer(), "B2B")
      const beta = await dealer({ code: "BETA", name: "Beta Baumarkt" })
      const other = await dealer({ code: "OTHER", name: "Other Handel" })
      const next = shiftMonth(PERIOD, 1)
      await plan(beta.id, PERIOD, 800)
      await post("/admin/dealer-plans", {
        dealer_id: beta.id,
        period: next,
        target_amount: 900.5,
        target_order_count: 12,
        targets: [],
      })
      await plan(beta.id, shiftMonth(PERIOD, 5), 700)
      await plan(other.id, PERIOD, 5000)
      await credit(beta.id, "99.95")
      await credit(other.id, "4000")
      const buyer = await member(key, beta.id, "buyer@beta.example", "buyer")

      const { data } = await api.get(`/store/dealers/me/plans?period_from=${PERIOD}&period_to=${next}`, buyer)
      expect(data).toEqual({
        dealer_id: beta.id,
        period_from: PERIOD,
        period_to: next,
        plans: [
          {
            id: expect.any(String),
            period_key: PERIOD,
            currency_code: "eur",
            target_amount: "800.00",
            target_order_count: null,
            actual_amount: "99.95",
            actual_order_count: 1,
            attainment_percent: "12.49",
            targets: [],
          },
          {
            id: expect.any(String),
            period_key: next,
            currency_code: "eur",
            target_amount: "900.50",
            target_order_count: 12,
            actual_amount: "0.00",
            actual_order_count: 0,
            attainment_percent: "0.00",
            targets: [],
          },
        ],
      })
      // One bound gives 12 months from it.
      const year = (await api.get(`/store/dealers/me/plans?period_from=${PERIOD}`, buyer)).data
      expect([year.period_to, year.plans.length]).toEqual([shiftMonth(PERIOD, 11), 3])
      // No bounds: the current calendar year.
      const current = (await api.get("/store/dealers/me/plans", buyer)).data
      expect([current.period_from, current.period_to]).toEqual([`${PERIOD.slice(0, 4)}-01`, `${PERIOD.slice(0, 4)}-12`])

      for (const [query, field] of [
        ["period_from=2026-13", "period_from"],
        [`period_from=${next}&period_to=${PERIOD}`, "period_to"],
        ["period_from=2020-01&period_to=2024-01", "period_to"],
        ["period_to=May", "period_to"],
      ] as const) {
        const response = await fail(api.get(`/store/dealers/me/plans?${query}`, buyer))
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.message).toMatch(field)
      }
      // The month day by day: each day's sales summed up, against plan × working days elapsed.
      const firstDay = `${PERIOD}-01`
      await recordTestSale(getContainer(), { dealerId: beta.id, period: PERIOD, amount: "50", occurredAt: new Date(`${firstDay}T12:00:00Z`) })
      const { curve } = (await api.get(`/store/dealers/me/progress?period=${PERIOD}&as_of=${MONTH_END}`, buyer)).data.progress
      expect(curve.map((point: any) => point.day)).toEqual(daysOfMonth(PERIOD))
      const today = dayKeyOf(new Date(), "UTC")
      expect(curve[0]).toEqual({ day: firstDay, actual_to_date: today === firstDay ? "149.95" : "50.00", expected_to_date: expectedOn(firstDay, "800") })
      expect(curve.find((point: any) => point.day === today).actual_to_date).toBe("149.95")
      expect(curve[curve.length - 1]).toEqual({ day: MONTH_END, actual_to_date: "149.95", expected_to_date: "800.00" })
      // Read as of today, the days still to come have no actual yet; a quarter has no curve.
      const running = (await api.get(`/store/dealers/me/progress?period=${PERIOD}&as_of=${today}`, buyer)).data.progress.curve
      expect(running.filter((point: any) => point.actual_to_date === null).map((point: any) => point.day)).toEqual(
        daysOfMonth(PERIOD).filter((day) => day > today)
      )
      const quarter = `${PERIOD.slice(0, 4)}-Q${Math.floor((Number(PERIOD.slice(5)) - 1) / 3) + 1}`
      expect((await api.get(`/store/dealers/me/progress?period=${quarter}`, buyer)).data.progress.curve).toBeNull()

      for (const [query, field] of [
        ["period=2026-13", "period"],
        ["as_of=2026-02-30", "as_of"],
      ] as const) {
        const response = await fail(api.get(`/store/dealers/me/progress?${query}`, buyer))
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.message).toMatch(field)
      }
    })
  },
})
