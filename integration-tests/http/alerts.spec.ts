import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { dayKeyOf, lastDayOfMonth, monthKeyOf } from "../../src/lib/periods"
import type { Headers } from "../helpers/auth"
import { TOOLS } from "../helpers/checkout"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(240_000)

// The host app runs the plugin in UTC. Checking the month's last day makes the
// whole plan expected (every working day has elapsed) whatever day the tests run.
const PERIOD = monthKeyOf(new Date(), "UTC")
const LAST_DAY = lastDayOfMonth(PERIOD)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, createDealer, memberOf: customerOf, placeOrder } = wholesaleFixture(api, getContainer, {
      products: [TOOLS.drill],
    })

    const memberOf = async (dealerId: string, email: string, role: "owner" | "buyer") =>
      (await customerOf(dealerId, email, role)).headers
    const buyDrills = (buyer: Headers, quantity: number) =>
      placeOrder(buyer, [{ variant_id: store.variants["drill-x18"], quantity }])

    const check = async (body: Record<string, unknown> = { date: LAST_DAY }) =>
      (await api.post("/admin/dealer-alerts/check", body, admin)).data

    it("alerts a dealer behind plan once a day, notifies admin and owner, and clears the alert after enough sales", async () => {
      const behind = await createDealer({ code: "LAG", name: "Laggard Tools" })
      const ahead = await createDealer({ code: "FAST", name: "Fast Tools" })
      await api.post("/admin/dealer-plans", { dealer_id: behind.id, period: PERIOD, target_amount: 2000 }, admin)
      await api.post("/admin/dealer-plans", { dealer_id: ahead.id, period: PERIOD, target_amount: 100 }, admin)
      const owner = await memberOf(behind.id, "owner@laggard.example", "owner")
      await buyDrills(owner, 1)
      await buyDrills(await memberOf(ahead.id, "buyer@fast.example", "buyer"), 1)

      const first = await check()
      expect(first).toMatchObject({ date: LAST_DAY, period: PERIOD, checked: 2, cleared: [] })
      const mine = first.created.filter((a: any) => a.dealer_id === behind.id)
      expect(mine.map((a: any) => a.kind).sort()).toEqual(["behind_plan", "projection_miss"])
      expect(first.created.filter((a: any) => a.dealer_id === ahead.id)).toEqual([])
      const behindAlert = mine.find((a: any) => a.kind === "behind_plan")
      // On the last day the whole plan is expected: 2,000 − 120 = 1,880 short, −94 %.
      expect(behindAlert).toMatchObject({
        status: "open",
        period_key: PERIOD,
        alert_date: LAST_DAY,
        figures: {
          currency_code: "eur",
          target_amount: "2000.00",
          expected_to_date: "2000.00",
          actual_to_date: "120.00",
          deviation: "-1880.00",
          deviation_percent: "-94.00",
          shortfall: "1880.00",
          projected: "120.00",
          projected_shortfall: "1880.00",
          threshold_percent: 10,
        },
      })
      expect(behindAlert.message).toMatch(/Laggard Tools \(LAG\) is 1880\.00 EUR behind/)

      // Reruns the same day: nothing new, the day's alerts are refreshed.
      const again = await check()
      expect(again.created).toEqual([])
      expect(again.refreshed.map((a: any) => a.id).sort()).toEqual(mine.map((a: any) => a.id).sort())
      const listed = await api.get(`/admin/dealer-alerts?dealer_id=${behind.id}&kind=behind_plan`, admin)
      expect(listed.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
      expect(listed.data.alerts[0]).toMatchObject({ id: behindAlert.id, status: "open" })

      // One notification per recipient: the admin feed and the owner's e-mail, sent once.
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: behindAlert.id })
      expect(
        notifications.map((n: any) => [n.channel, n.to, n.template, n.status]).sort()
      ).toEqual([
        ["email", "owner@laggard.example", "dealer-network.deviation-alert", "success"],
        ["feed", "", "dealer-network.deviation-alert", "success"],
      ])
      const email = notifications.find((n: any) => n.channel === "email")!
      expect(email.data).toMatchObject({
        kind: "behind_plan",
        period_key: PERIOD,
        dealer: { code: "LAG" },
        figures: { shortfall: "1880.00" },
      })

      // 15 more drills: 1,920 of 2,000 is 4 % behind, inside the 10 % threshold.
      await buyDrills(owner, 15)
      const recovered = await check()
      expect(recovered.created).toEqual([])
      expect(recovered.cleared.map((a: any) => a.id).sort()).toEqual(mine.map((a: any) => a.id).sort())
      for (const alert of recovered.cleared) {
        expect(alert.status).toBe("cleared")
        expect(alert.cleared_at).toBeTruthy()
      }
      const open = await api.get(`/admin/dealer-alerts?dealer_id=${behind.id}&status=open`, admin)
      expect(open.data.count).toBe(0)
      const cleared = await api.get(`/admin/dealer-alerts?period_key=${PERIOD}&status=cleared`, admin)
      expect(cleared.data.count).toBe(2)
    })

    it("checks today by default and answers bad input with a 400 naming the field", async () => {
      const today = await check({})
      expect(today).toMatchObject({ date: dayKeyOf(new Date(), "UTC"), period: PERIOD, created: [], cleared: [] })

      for (const [body, field] of [
        [{ date: "2026-13-01" }, "date"],
        [{ date: "yesterday" }, "date"],
        [{ when: "2026-11-01" }, "when"],
      ] as const) {
        const error = await api.post("/admin/dealer-alerts/check", body, admin).catch((e: any) => e)
        expect([field, error.response?.status]).toEqual([field, 400])
        expect(error.response.data.message).toMatch(field)
      }
      const badFilter = await api.get("/admin/dealer-alerts?kind=late", admin).catch((e: any) => e)
      expect(badFilter.response.status).toBe(400)
      expect(badFilter.response.data.message).toMatch(/kind/)
    })
  },
})
