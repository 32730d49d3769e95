import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { dayKeyOf, monthKeyOf, shiftMonth } from "../../src/lib/periods"
import type { Headers } from "../helpers/auth"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(240_000)

// The sales happen now, so the review looks at the current month (UTC in the host app).
const PERIOD = monthKeyOf(new Date(), "UTC")
const TODAY = dayKeyOf(new Date(), "UTC")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, createDealer, memberOf, placeOrder } = wholesaleFixture(api, getContainer)
    const createTier = async (body: Record<string, unknown>) =>
      (await api.post("/admin/dealer-tiers", body, admin)).data.tier
    const tierOf = async (dealerId: string) =>
      (await api.get(`/admin/dealers/${dealerId}?fields=id,tier_id,tier_pinned`, admin)).data.dealer

    const ownerOf = async (dealerId: string, email: string) => (await memberOf(dealerId, email, "owner")).headers

    const buy = (buyer: Headers, items: Record<string, number>) =>
      placeOrder(
        buyer,
        Object.entries(items).map(([handle, quantity]) => ({ variant_id: store.variants[handle], quantity }))
      )

    const review = async (body: Record<string, unknown> = { period: PERIOD }) =>
      (await api.post("/admin/dealer-tiers/review", body, admin)).data

    it("promotes past Silver, demotes a dealer that dropped, leaves a pinned dealer alone, and keeps the history", async () => {
      const bronze = await createTier({ name: "Bronze", rank: 1, min_turnover: 0, window_months: 12 })
      const silver = await createTier({ name: "Silver", rank: 2, min_turnover: 500, window_months: 3 })
      const gold = await createTier({ name: "Gold", rank: 3, min_turnover: 5000, window_months: 12 })

      const riser = await createDealer({ code: "UP", name: "Rising Tools", tier_id: bronze.id })
      const faller = await createDealer({ code: "DOWN", name: "Falling Tools" })
      await api.post(`/admin/dealers/${faller.id}`, { tier_id: gold.id }, admin)
      const pinned = await createDealer({ code: "PIN", name: "Pinned Tools", tier_id: bronze.id })
      await api.post(`/admin/dealers/${pinned.id}`, { tier_pinned: true }, admin)

      await buy(await ownerOf(riser.id, "owner@rising.example"), { "drill-x18": 5 }) // 600
      await buy(await ownerOf(faller.id, "owner@falling.example"), { "drill-x18": 1 }) // 120
      await buy(await ownerOf(pinned.id, "owner@pinned.example"), { "drill-x18": 5 }) // 600

      const result = await review()
      expect(result).toMatchObject({ period: PERIOD, as_of: TODAY, reviewed: 3, alerts: [] })
      const byDealer = Object.fromEntries(result.changes.map((c: any) => [c.dealer_id, c]))
      expect(Object.keys(byDealer).sort()).toEqual([faller.id, riser.id].sort())
      expect(byDealer[riser.id]).toMatchObject({
        from_tier_id: bronze.id,
        to_tier_id: silver.id,
        reason: "promotion",
        reviewed_period: PERIOD,
      })
      expect(byDealer[faller.id]).toMatchObject({ from_tier_id: gold.id, to_tier_id: bronze.id, reason: "demotion" })

      expect(await tierOf(riser.id)).toMatchObject({ tier_id: silver.id })
      expect(await tierOf(faller.id)).toMatchObject({ tier_id: bronze.id })
      expect(await tierOf(pinned.id)).toMatchObject({ tier_id: bronze.id, tier_pinned: true })

      const history = await api.get(`/admin/dealers/${riser.id}/tier-changes`, admin)
      expect(history.data).toMatchObject({ count: 1, offset: 0 })
      expect(history.data.tier_changes[0]).toMatchObject({
        reason: "promotion",
        reviewed_period: PERIOD,
        from_tier: { id: bronze.id, name: "Bronze", rank: 1 },
        to_tier: { id: silver.id, name: "Silver", rank: 2 },
        figures: {
          period: PERIOD,
          currency_code: "eur",
          explanation: "Promoted to Silver: turnover over the last 3 month(s) 600.00 EUR reached its threshold of 500.00 EUR",
          turnover: [
            { window_months: 3, from_period: shiftMonth(PERIOD, -2), to_period: PERIOD, amount: "600.00" },
            { window_months: 12, from_period: shiftMonth(PERIOD, -11), to_period: PERIOD, amount: "600.00" },
          ],
          from_tier: { id: bronze.id, name: "Bronze", min_turnover: "0.00" },
          to_tier: { id: silver.id, name: "Silver", min_turnover: "500.00", window_months: 3 },
        },
      })
      const fallerHistory = await api.get(`/admin/dealers/${faller.id}/tier-changes`, admin)
      expect(fallerHistory.data.tier_changes[0].figures.explanation).toBe(
        "Demoted to Bronze: turnover over the last 12 month(s) 120.00 EUR is below Gold's threshold of 5000.00 EUR"
      )
      expect((await api.get(`/admin/dealers/${pinned.id}/tier-changes`, admin)).data.count).toBe(0)

      // The owner hears about the new level.
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: "dealer-network.tier-change" })
      expect(notifications.map((n: any) => n.to).sort()).toEqual(["owner@falling.example", "owner@rising.example"])
      const risen = notifications.find((n: any) => n.to === "owner@rising.example")!
      expect(risen.data).toMatchObject({ reason: "promotion", to_tier: { name: "Silver" }, dealer: { code: "UP" } })

      // A second review of the same month changes nothing.
      const again = await review()
      expect(again.changes).toEqual([])
      expect((await api.get(`/admin/dealers/${riser.id}/tier-changes`, admin)).data.count).toBe(1)
    })

    it("raises a volume_commitment alert with the shortfall to the cent, once per day", async () => {
      const dealer = await createDealer({ code: "VOL", name: "Volume Tools" })
      const { data } = await api.post(
        `/admin/dealers/${dealer.id}/agreements`,
        { valid_from: `${PERIOD}-01T00:00:00Z`, min_monthly_turnover: 1000.5, min_annual_turnover: 10000 },
        admin
      )
      await api.post(`/admin/dealer-agreements/${data.agreement.id}/activate`, {}, admin)
      // 3 × 120 + 5 × 19.99 + 2 × 80.50 = 620.95
      await buy(await ownerOf(dealer.id, "owner@volume.example"), { "drill-x18": 3, "pliers-set": 5, "saw-c7": 2 })

      const result = await review()
      expect(result.alerts).toHaveLength(1)
      const alert = result.alerts[0]
      expect(alert).toMatchObject({
        dealer_id: dealer.id,
        kind: "volume_commitment",
        status: "open",
        period_key: PERIOD,
        alert_date: TODAY,
        figures: {
          currency_code: "eur",
          agreement_id: data.agreement.id,
          agreement_number: data.agreement.number,
          monthly: { period: PERIOD, commitment: "1000.50", actual: "620.95", shortfall: "379.55" },
          annual: {
            from_period: shiftMonth(PERIOD, -11),
            to_period: PERIOD,
            commitment: "10000.00",
            actual: "620.95",
            shortfall: "9379.05",
          },
          shortfall: "9379.05",
        },
      })
      expect(alert.message).toMatch(/379\.55 EUR short of the monthly minimum of 1000\.50 EUR/)

      const again = await review()
      expect(again.alerts).toEqual([])
      expect(again.refreshed.map((a: any) => a.id)).toEqual([alert.id])
      const listed = await api.get(`/admin/dealer-alerts?dealer_id=${dealer.id}&kind=volume_commitment`, admin)
      expect(listed.data.count).toBe(1)

      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: alert.id })
      expect(notifications.map((n: any) => [n.channel, n.to]).sort()).toEqual([
        ["email", "owner@volume.example"],
        ["feed", ""],
      ])
    })

    it("counts units against a monthly quantity commitment: an alert for the dealer short of it, none for the one that reached it", async () => {
      const agreementFor = async (code: string, body: Record<string, unknown>) => {
        const dealer = await createDealer({ code, name: `${code} Tools` })
        const { data } = await api.post(`/admin/dealers/${dealer.id}/agreements`, { valid_from: `${PERIOD}-01T00:00:00Z`, ...body }, admin)
        await api.post(`/admin/dealer-agreements/${data.agreement.id}/activate`, {}, admin)
        return { dealer, agreement: data.agreement }
      }
      const fractional = await api
        .post(`/admin/dealers/${(await createDealer({ code: "FRAC", name: "Frac" })).id}/agreements`, { valid_from: `${PERIOD}-01T00:00:00Z`, min_monthly_quantity: 2.5 }, admin)
        .catch((error: any) => error.response)
      expect([fractional.status, fractional.data.message]).toEqual([400, expect.stringMatching(/^min_monthly_quantity:/)])

      const short = await agreementFor("UNITS", { min_monthly_quantity: 20 })
      expect(short.agreement.min_monthly_quantity).toBe(20)
      const met = await agreementFor("UNITS-OK", { min_monthly_quantity: 8 })
      // 3 drills + 5 pliers sets = 8 units each (620 EUR is no commitment here).
      await buy(await ownerOf(short.dealer.id, "owner@units.example"), { "drill-x18": 3, "pliers-set": 5 })
      await buy(await ownerOf(met.dealer.id, "owner@units-ok.example"), { "drill-x18": 3, "pliers-set": 5 })

      const result = await review()
      const alerts = result.alerts.filter((a: any) => a.kind === "volume_commitment")
      expect(alerts.map((a: any) => a.dealer_id)).toEqual([short.dealer.id])
      expect(alerts[0].figures).toMatchObject({
        agreement_number: short.agreement.number,
        units: { period: PERIOD, commitment: "20", actual: "8", shortfall: "12" },
        monthly: null,
        annual: null,
        shortfall: null,
      })
      expect(alerts[0].message).toBe(
        `UNITS Tools (UNITS) misses the volume commitment of agreement ${short.agreement.number}: 8 units in ${PERIOD}, 12 short of the monthly minimum of 20 units.`
      )
    })

    it("reviews the previous month by default and refuses a month that has not started", async () => {
      const result = await review({})
      expect(result).toMatchObject({ period: shiftMonth(PERIOD, -1), changes: [], alerts: [] })

      for (const [body, field] of [
        [{ period: "2026-13" }, "period"],
        [{ period: shiftMonth(PERIOD, 1) }, "period"],
        [{ month: "2026-01" }, "month"],
      ] as const) {
        const error = await api.post("/admin/dealer-tiers/review", body, admin).catch((e: any) => e)
        expect([field, error.response?.status]).toEqual([field, 400])
        expect(error.response.data.message).toMatch(field)
      }
      const missing = await api.get("/admin/dealers/dlr_missing/tier-changes", admin).catch((e: any) => e)
      expect(missing.response.status).toBe(404)
    })
  },
})
