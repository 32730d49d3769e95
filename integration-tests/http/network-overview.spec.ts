import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { adminRequests, adminSession } from "../helpers/auth"
import { errorResponse as fail } from "../helpers/failure"
import { recordTestSale } from "../helpers/ledger"

jest.setTimeout(180_000)

// June 2026 has 22 working days; by Monday the 15th, 11 have passed: half the plan is expected.
const PERIOD = "2026-06"
const AS_OF = "2026-06-15"
const at = (day: string, time = "10:00:00") => new Date(`${PERIOD}-${day}T${time}.000Z`)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const { post, get } = adminRequests(api, admin)

    /**
     * NORD (distributor) → HUB (dealer) → SUB (sub-dealer, sales but no plan),
     * and ALPEN, a dealer without a parent. Plans: NORD 2000, HUB 1000.50,
     * ALPEN 501. One ALPEN sale after the 15th is not counted as of the 15th.
     */
    async function network() {
      const dealer = async (body: Record<string, unknown>) => (await post("/admin/dealers", body)).dealer
      const nord = await dealer({ code: "NORD", name: "Distribution Nord", role: "distributor" })
      const hub = await dealer({ code: "HUB", name: "Werkzeug Huber", parent_id: nord.id })
      const sub = await dealer({ code: "SUB", name: "Sub Huber", role: "sub_dealer", parent_id: hub.id })
      const alpen = await dealer({ code: "ALPEN", name: "Alpen Handel" })
      for (const [dealerId, target] of [
        [nord.id, 2000],
        [hub.id, 1000.5],
        [alpen.id, 501],
      ] as const) {
        await post("/admin/dealer-plans", { dealer_id: dealerId, period: PERIOD, target_amount: target })
      }
      const sale = (dealerId: string, amount: string, occurredAt: Date, orderCount = 1) =>
        recordTestSale(getContainer(), { dealerId, period: PERIOD, amount, occurredAt, orderCount })
      await sale(alpen.id, "600.01", at("02"), 2)
      await sale(hub.id, "600.30", at("03"))
      await sale(hub.id, "300.15", at("10"))
      await sale(nord.id, "500.10", at("12"))
      await sale(sub.id, "50", at("15", "23:59:00"))
      await sale(alpen.id, "99.99", at("20"))
      return { nord, hub, sub, alpen }
    }

    it("sums the month's plan against actual for the network and each top-level sub-network, as of a day", async () => {
      const { nord, alpen } = await network()

      const overview = await get(`/admin/dealer-overview?period=${PERIOD}&as_of=${AS_OF}`)

      expect(overview).toMatchObject({ period: PERIOD, as_of: AS_OF, working_days_total: 22, working_days_elapsed: 11 })
      // 3501.50 planned, half expected; 2050.56 credited by the end of the 15th (the sale of the 20th is not).
      expect(overview.totals).toEqual([
        {
          currency_code: "eur",
          target_amount: "3501.50",
          expected_amount: "1750.75",
          actual_amount: "2050.56",
          deviation: "299.81",
          attainment_percent: "58.56",
          planned_dealers: 3,
          behind_dealers: 1,
        },
      ])
      // NORD's sub-network holds NORD, HUB and SUB; the largest plan comes first.
      expect(overview.sub_networks).toEqual([
        {
          dealer: { id: nord.id, code: "NORD", name: "Distribution Nord", role: "distributor" },
          currency_code: "eur",
          target_amount: "3000.50",
          expected_amount: "1500.25",
          actual_amount: "1450.55",
          deviation: "-49.70",
          attainment_percent: "48.34",
          planned_dealers: 2,
          behind_dealers: 1,
        },
        {
          dealer: { id: alpen.id, code: "ALPEN", name: "Alpen Handel", role: "dealer" },
          currency_code: "eur",
          target_amount: "501.00",
          expected_amount: "250.50",
          actual_amount: "600.01",
          deviation: "349.51",
          attainment_percent: "119.76",
          planned_dealers: 1,
          behind_dealers: 0,
        },
      ])
    })

    it("sums plan against actual per country over the dealers with a zone in force there that month, or below it", async () => {
      const { nord, hub, alpen } = await network()
      const territory = async (body: Record<string, unknown>) => (await post("/admin/dealer-territories", body)).territory
      const de = await territory({ code: "DE", name: "Germany", type: "country", country_code: "DE" })
      const bavaria = await territory({ code: "DE-BY", name: "Bavaria", type: "region", parent_id: de.id, province: "BY" })
      const at = await territory({ code: "AT", name: "Austria", type: "country", country_code: "AT" })
      const zone = (dealerId: string, territoryId: string, endsAt?: string) =>
        post("/admin/dealer-zones", {
          dealer_id: dealerId,
          territory_id: territoryId,
          starts_at: "2025-01-01T00:00:00.000Z",
          ...(endsAt && { ends_at: endsAt }),
        })
      await zone(nord.id, bavaria.id)
      await zone(hub.id, de.id)
      await zone(alpen.id, at.id)
      // ALPEN's German zone ended before June: it does not count in Germany.
      await zone(alpen.id, de.id, "2026-05-01T00:00:00.000Z")

      const overview = await get(`/admin/dealer-overview?period=${PERIOD}&as_of=${AS_OF}`)

      // Germany: NORD (through Bavaria) 2000 + HUB 1000.50; SUB has no zone and counts nowhere.
      expect(overview.territories).toEqual([
        {
          territory: { id: de.id, code: "DE", name: "Germany", type: "country" },
          currency_code: "eur",
          target_amount: "3000.50",
          expected_amount: "1500.25",
          actual_amount: "1400.55",
          deviation: "-99.70",
          attainment_percent: "46.68",
          planned_dealers: 2,
          behind_dealers: 1,
        },
        {
          territory: { id: at.id, code: "AT", name: "Austria", type: "country" },
          currency_code: "eur",
          target_amount: "501.00",
          expected_amount: "250.50",
          actual_amount: "600.01",
          deviation: "349.51",
          attainment_percent: "119.76",
          planned_dealers: 1,
          behind_dealers: 0,
        },
      ])
    })

    it("draws the month day by day against the expected line, and names the dealers furthest behind with their projection", async () => {
      const { nord } = await network()

      const overview = await get(`/admin/dealer-overview?period=${PERIOD}&as_of=${AS_OF}`)

      const [curve] = overview.curves
      expect(curve.currency_code).toBe("eur")
      expect(curve.points).toHaveLength(30)
      const point = (day: string) => curve.points.find((p: any) => p.day === `${PERIOD}-${day}`)
      // 3501.50 × working days elapsed ÷ 22.
      expect(point("01")).toEqual({ day: "2026-06-01", actual_to_date: "0.00", expected_to_date: "159.16" })
      expect(point("02")).toEqual({ day: "2026-06-02", actual_to_date: "600.01", expected_to_date: "318.32" })
      expect(point("03")?.actual_to_date).toBe("1200.31")
      // A weekend adds nothing to the expected line.
      expect(point("06")).toEqual({ day: "2026-06-06", actual_to_date: "1200.31", expected_to_date: "795.80" })
      expect(point("12")?.actual_to_date).toBe("2000.56")
      expect(point("15")).toEqual({ day: "2026-06-15", actual_to_date: "2050.56", expected_to_date: "1750.75" })
      expect(point("16")).toEqual({ day: "2026-06-16", actual_to_date: null, expected_to_date: "1909.91" })
      expect(point("30")?.expected_to_date).toBe("3501.50")

      // Only NORD is behind: 500.10 of 1000 expected; at its run-rate it ends June at 1000.20.
      expect(overview.behind).toEqual([
        {
          dealer: { id: nord.id, code: "NORD", name: "Distribution Nord", role: "distributor" },
          currency_code: "eur",
          target_amount: "2000.00",
          actual_amount: "500.10",
          expected_amount: "1000.00",
          deviation: "-499.90",
          deviation_percent: "-49.99",
          projected: "1000.20",
          projected_gap: "-999.80",
        },
      ])
    })

    it("counts what waits for the admin: open alerts and conflict cases, accruals to approve by kind", async () => {
      const { nord, hub, alpen } = await network()
      const container = getContainer()
      const plans = container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
      await plans.createDealerDeviationAlerts([
        { dealer_id: nord.id, period_key: PERIOD, alert_date: AS_OF, kind: "behind_plan", figures: {}, message: "Behind plan" },
        { dealer_id: hub.id, period_key: PERIOD, alert_date: AS_OF, kind: "projection_miss", figures: {}, message: "Misses" },
        { dealer_id: alpen.id, period_key: PERIOD, alert_date: AS_OF, kind: "behind_plan", figures: {}, message: "Was behind", status: "cleared" },
      ])
      await container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).createDealerConflictCases([
        { order_id: "order_a", kind: "foreign_exclusive_zone", seller_dealer_id: hub.id, zone_owner_dealer_id: alpen.id, amount: 100, currency_code: "eur" },
      ] as any)
      const accrual = (dealerId: string, kind: string, amount: number, status = "pending") => ({
        dealer_id: dealerId,
        program_id: "drprg_test",
        rule_id: `drrule_${kind}`,
        period_key: PERIOD,
        kind,
        amount,
        earned_to_date: amount,
        currency_code: "eur",
        status,
        explanation: {},
      })
      await container.resolve<RewardsModuleService>(REWARDS_MODULE).createDealerRewardAccruals([
        accrual(nord.id, "money", 120.5),
        accrual(hub.id, "money", 79.25),
        accrual(hub.id, "marketing_points", 300),
        accrual(alpen.id, "money", 999, "approved"),
      ] as any)

      const overview = await get(`/admin/dealer-overview?period=${PERIOD}&as_of=${AS_OF}`)

      expect(overview).toMatchObject({ open_alerts: 2, open_conflicts: 1, overdue_receivables: [] })
      expect(overview.pending_accruals).toEqual([
        { kind: "marketing_points", currency_code: "eur", count: 1, amount: "300.00" },
        { kind: "money", currency_code: "eur", count: 2, amount: "199.75" },
      ])
    })

    it("answers an empty month with no figures, and refuses a period that is not a month", async () => {
      const overview = await get(`/admin/dealer-overview?period=2020-01`)
      expect(overview).toMatchObject({ period: "2020-01", totals: [], sub_networks: [], territories: [], curves: [], behind: [] })

      const refused = await fail(api.get(`/admin/dealer-overview?period=2026-Q2`, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("period")
    })
  },
})
