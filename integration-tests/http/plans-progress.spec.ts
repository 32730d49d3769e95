import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { lastDayOfMonth, monthKeyOf, monthsOfPeriod } from "../../src/lib/periods"
import { workingDays } from "../../src/lib/deviation"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(180_000)

const PERIOD = monthKeyOf(new Date(), "UTC")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, createDealer, buyerOf, placeOrder } = wholesaleFixture(api, getContainer)

    it("tracks a dealer's month against its plan and focus targets, to the cent", async () => {
      const dealer = await createDealer({ code: "HUB", name: "Werkzeug Huber" })
      const created = await api.post(
        "/admin/dealer-plans",
        {
          dealer_id: dealer.id,
          period: PERIOD,
          target_amount: 2100,
          target_order_count: 4,
          targets: [
            { target_type: "product", target_id: store.products["drill-x18"], metric: "quantity", target_value: 10 },
            { target_type: "category", target_id: store.categories["Power tools"], metric: "amount", target_value: 1000 },
          ],
        },
        admin
      )
      expect(created.status).toBe(201)
      expect(created.data.plan).toMatchObject({ period_key: PERIOD, currency_code: "eur", target_amount: 2100 })
      expect(created.data.plan.targets).toHaveLength(2)

      const buyer = await buyerOf(dealer.id, "einkauf@huber.example")
      await placeOrder(buyer, [
        { variant_id: store.variants["drill-x18"], quantity: 3 },
        { variant_id: store.variants["pliers-set"], quantity: 5 },
      ])
      await placeOrder(buyer, [{ variant_id: store.variants["saw-c7"], quantity: 2 }])

      // The month's last day: the orders placed today are credited by its end.
      const asOf = lastDayOfMonth(PERIOD)
      const { data } = await api.get(`/admin/dealers/${dealer.id}/progress?period=${PERIOD}&as_of=${asOf}`, admin)
      const progress = data.progress
      // 3 × 120 + 5 × 19.99 + 2 × 80.50 = 360 + 99.95 + 161 = 620.95
      expect(progress.actual).toEqual({ amount: "620.95", order_count: 2, average_order_value: "310.48" })
      const { total, elapsed } = workingDays(PERIOD, asOf)
      const expected = ((2100 * elapsed) / total).toFixed(2)
      expect(progress.deviation).toMatchObject({
        working_days_total: total,
        working_days_elapsed: elapsed,
        expected_to_date: expected,
        actual_to_date: "620.95",
        deviation: (620.95 - Number(expected)).toFixed(2),
        attainment_percent: "29.57",
      })
      const targets = Object.fromEntries(progress.targets.map((t: any) => [t.target_type, t]))
      expect(targets.product).toMatchObject({ metric: "quantity", actual: "3", attainment_percent: "30.00" })
      // Power tools: the drills and the saws, not the pliers.
      expect(targets.category).toMatchObject({ metric: "amount", actual: "521.00", attainment_percent: "52.10" })
      expect(progress.sub_network).toBeNull()

      // The quarter adds its months up: the other two months get plans of 1000 each.
      const quarter = `${PERIOD.slice(0, 4)}-Q${Math.floor((Number(PERIOD.slice(5)) - 1) / 3) + 1}`
      for (const month of monthsOfPeriod(quarter).filter((m) => m !== PERIOD)) {
        await api.post("/admin/dealer-plans", { dealer_id: dealer.id, period: month, target_amount: 1000 }, admin)
      }
      const q = (await api.get(`/admin/dealers/${dealer.id}/progress?period=${quarter}`, admin)).data.progress
      expect(q.plan).toMatchObject({ id: null, target_amount: "4100.00" })
      expect(q.actual).toMatchObject({ amount: "620.95", order_count: 2 })
      expect(q.months.map((m: any) => [m.period_key, m.target_amount])).toEqual(
        monthsOfPeriod(quarter).map((m) => [m, m === PERIOD ? "2100.00" : "1000.00"])
      )
      expect(q.deviation.attainment_percent).toBe("15.15")
      expect(q.targets).toEqual([])

      const badPeriod = await api.get(`/admin/dealers/${dealer.id}/progress?period=2026-Q5`, admin).catch((e: any) => e)
      expect(badPeriod.response.status).toBe(400)
      expect(badPeriod.response.data.message).toMatch(/^period: /)
    })

    it("rolls a distributor's sub-network up: plans and sales of itself and everyone below", async () => {
      const dist = await createDealer({ code: "DIST", name: "Distribution Nord", role: "distributor" })
      const dealer = await createDealer({ code: "DLR", name: "Dealer Nord", parent_id: dist.id })
      const sub = await createDealer({ code: "SUB", name: "Sub Nord", role: "sub_dealer", parent_id: dealer.id })
      for (const [id, amount] of [
        [dist.id, 1000],
        [dealer.id, 500],
        [sub.id, 250.5],
      ] as const) {
        await api.post("/admin/dealer-plans", { dealer_id: id, period: PERIOD, target_amount: amount }, admin)
      }
      await placeOrder(await buyerOf(sub.id, "sub@nord.example"), [{ variant_id: store.variants["saw-c7"], quantity: 1 }])
      await placeOrder(await buyerOf(dealer.id, "dlr@nord.example"), [
        { variant_id: store.variants["drill-x18"], quantity: 1 },
      ])

      const { data } = await api.get(`/admin/dealers/${dist.id}/progress?period=${PERIOD}`, admin)
      expect(data.progress.actual).toMatchObject({ amount: "0.00", order_count: 0 })
      expect(data.progress.sub_network).toMatchObject({
        dealer_count: 3,
        target_amount: "1750.50",
        actual_amount: "200.50",
        actual_order_count: 2,
      })
      expect(data.progress.sub_network.deviation.attainment_percent).toBe("11.45")

      const mid = await api.get(`/admin/dealers/${dealer.id}/progress?period=${PERIOD}`, admin)
      expect(mid.data.progress.sub_network).toMatchObject({ dealer_count: 2, actual_amount: "200.50" })
    })

    it("manages plans: duplicates, updates that replace targets, deletes and bad input", async () => {
      const dealer = await createDealer({ code: "PL", name: "Planner" })
      const body = { dealer_id: dealer.id, period: "2027-03", target_amount: 5000 }
      const { data } = await api.post("/admin/dealer-plans", body, admin)

      const duplicate = await api.post("/admin/dealer-plans", body, admin).catch((e: any) => e)
      expect(duplicate.response.status).toBe(422)
      expect(duplicate.response.data.message).toMatch(/^period: the dealer already has a plan for 2027-03/)

      const updated = await api.post(
        `/admin/dealer-plans/${data.plan.id}`,
        {
          target_amount: 5500.25,
          targets: [{ target_type: "category", target_id: store.categories["Hand tools"], metric: "quantity", target_value: 40 }],
        },
        admin
      )
      expect(updated.data.plan).toMatchObject({ target_amount: 5500.25 })
      expect(updated.data.plan.targets.map((t: any) => [t.target_type, t.metric, t.target_value])).toEqual([
        ["category", "quantity", 40],
      ])

      const list = await api.get(`/admin/dealer-plans?dealer_id=${dealer.id}`, admin)
      expect(list.data.count).toBe(1)

      for (const [bad, field, status] of [
        [{ ...body, period: "2027-13" }, "period", 400],
        [{ ...body, period: "2027-04", target_amount: -1 }, "target_amount", 400],
        [{ ...body, dealer_id: "dlr_missing", period: "2027-04" }, "dealer_id", 404],
        [
          {
            ...body,
            period: "2027-04",
            targets: [{ target_type: "product", target_id: "prod_missing", metric: "amount", target_value: 5 }],
          },
          "targets",
          404,
        ],
        [
          {
            ...body,
            period: "2027-04",
            targets: [
              { target_type: "product", target_id: store.products["saw-c7"], metric: "amount", target_value: 5 },
              { target_type: "product", target_id: store.products["saw-c7"], metric: "amount", target_value: 6 },
            ],
          },
          "targets",
          400,
        ],
      ] as const) {
        const error = await api.post("/admin/dealer-plans", bad, admin).catch((e: any) => e)
        expect([field, error.response.status]).toEqual([field, status])
        expect(error.response.data.message).toMatch(field)
      }

      const badAsOf = await api.get(`/admin/dealers/${dealer.id}/progress?as_of=yesterday`, admin).catch((e: any) => e)
      expect(badAsOf.response.status).toBe(400)
      expect(badAsOf.response.data.message).toMatch(/as_of/)

      await api.delete(`/admin/dealer-plans/${data.plan.id}`, admin)
      const gone = await api.get(`/admin/dealer-plans/${data.plan.id}`, admin).catch((e: any) => e)
      expect(gone.response.status).toBe(404)
    })
  },
})
