import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { monthKeyOf } from "../../src/lib/periods"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(180_000)

const HEADER = "dealer_code,period,target_amount,target_order_count,target_type,target_ref,metric,target_value,currency_code,note"
const file = (...rows: string[]) => [HEADER, ...rows].join("\n")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const fixture = wholesaleFixture(api, getContainer)
    const { admin, store, memberOf, placeOrder } = fixture
    let categoryHandle: Record<string, string>
    const period = monthKeyOf(new Date(), "UTC")

    const salesPlan = () => getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
    const plansOf = async () =>
      (await salesPlan().listDealerSalesPlans({}, { relations: ["targets"], order: { period_key: "ASC" } })).map(
        (plan) => ({
          dealer_id: plan.dealer_id,
          period_key: plan.period_key,
          currency_code: plan.currency_code,
          target_amount: (plan as any).raw_target_amount.value,
          target_order_count: plan.target_order_count,
          note: plan.note,
          targets: plan.targets
            .map((t) => [t.target_type, t.target_id, t.metric, (t as any).raw_target_value.value])
            .sort((a, b) => String(a[1]).localeCompare(String(b[1])) || String(a[2]).localeCompare(String(b[2]))),
        })
      )
    const importCsv = (csv: string, dry_run: boolean) =>
      api.post("/admin/dealer-plans/import", { csv, dry_run }, admin).catch((e: any) => e.response)

    beforeEach(async () => {
      const { data: categories } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_category",
        fields: ["name", "handle"],
      })
      categoryHandle = Object.fromEntries(categories.map((c: any) => [c.name, c.handle]))
    })

    const createDealer = (code: string, extra: Record<string, unknown> = {}) =>
      fixture.createDealer({ code, name: `Dealer ${code}`, ...extra })

    it("dry-run reports every bad row with its line and imports nothing; a real run refuses the same file", async () => {
      await createDealer("HUBER")
      await createDealer("NOWAK", { currency_code: "pln" })
      const csv = file(
        `HUBER,${period},21000,40,,,,,,`, // 2 good
        `HUBER,${period},,,product,drill-x18,quantity,25,,`, // 3 good
        `HUBR,${period},100,,,,,,,`, // 4 unknown dealer code
        `NOWAK,2026-13,100,,,,,,,`, // 5 bad period
        `NOWAK,${period},-10,,,,,,,`, // 6 negative amount
        `HUBER,${period},,,product,no-such-drill,amount,100,,`, // 7 unknown product
        `HUBER,${period},,,category,no-such-category,amount,100,,`, // 8 unknown category
        `HUBER,${period},,,product,drill-x18,quantity,30,,`, // 9 duplicate target
        `NOWAK,2026-01,500,,,,,,eur,`, // 10 currency not the dealer's
        `NOWAK,2026-02,,,,,,,,` // 11 missing amount
      )

      const dry = await importCsv(csv, true)
      expect(dry.status).toBe(200)
      expect(dry.data).toMatchObject({ dry_run: true, rows: 10 })
      expect(dry.data.errors.map((e: any) => [e.line, e.field])).toEqual([
        [4, "dealer_code"],
        [5, "period"],
        [6, "target_amount"],
        [7, "target_ref"],
        [8, "target_ref"],
        [9, "target_ref"],
        [10, "currency_code"],
        [11, "target_amount"],
      ])
      expect(dry.data.errors[0].message).toBe('unknown dealer code "HUBR"')
      expect(dry.data.errors[6].message).toMatch(/not the currency of dealer NOWAK \(pln\)/)
      expect(await plansOf()).toEqual([])

      const commit = await importCsv(csv, false)
      expect(commit.status).toBe(400)
      expect(commit.data).toMatchObject({ type: "invalid_data", dry_run: false, plans_created: 0, plans_updated: 0 })
      expect(commit.data.errors).toEqual(dry.data.errors)
      expect(await plansOf()).toEqual([])

      const notCsv = await importCsv("", false)
      expect(notCsv.status).toBe(400)
      expect(notCsv.data.message).toMatch(/^csv: /)
    })

    it("imports plans with focus targets, and a second import updates them instead of duplicating", async () => {
      const huber = await createDealer("HUBER")
      const nowak = await createDealer("NOWAK", { currency_code: "pln" })
      const power = categoryHandle["Power tools"]
      const first = file(
        `HUBER,${period},21000.55,40,,,,,,Autumn push`,
        `HUBER,${period},,,product,drill-x18,quantity,25,,`,
        `HUBER,${period},,,category,${power},amount,8000.10,,`,
        `NOWAK,${period},15000,,,,,,pln,`,
        `NOWAK,2099-01,1,,product,saw-c7,amount,0.01,,`
      )

      const dry = await importCsv(first, true)
      expect(dry.data).toEqual({ dry_run: true, rows: 5, plans_created: 3, plans_updated: 0, targets: 3, errors: [] })
      expect(await plansOf()).toEqual([])

      const imported = await importCsv(first, false)
      expect(imported.status).toBe(200)
      expect(imported.data).toEqual({ dry_run: false, rows: 5, plans_created: 3, plans_updated: 0, targets: 3, errors: [] })
      const drill = store.products["drill-x18"]
      const saw = store.products["saw-c7"]
      const powerId = store.categories["Power tools"]
      expect(await plansOf()).toEqual(
        expect.arrayContaining([
          {
            dealer_id: huber.id,
            period_key: period,
            currency_code: "eur",
            target_amount: "21000.55",
            target_order_count: 40,
            note: "Autumn push",
            targets: [
              ["category", powerId, "amount", "8000.1"],
              ["product", drill, "quantity", "25"],
            ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
          },
          expect.objectContaining({ dealer_id: nowak.id, period_key: period, currency_code: "pln", target_amount: "15000", targets: [] }),
          expect.objectContaining({ dealer_id: nowak.id, period_key: "2099-01", targets: [["product", saw, "amount", "0.01"]] }),
        ])
      )
      expect(await plansOf()).toHaveLength(3)

      const second = file(
        `HUBER,${period},22000,,,,,,,`,
        `HUBER,${period},,,product,saw-c7,amount,1200.50,,`,
        `NOWAK,${period},15500,12,,,,,,`
      )
      const again = await importCsv(second, false)
      expect(again.data).toEqual({ dry_run: false, rows: 3, plans_created: 0, plans_updated: 2, targets: 1, errors: [] })
      const plans = await plansOf()
      expect(plans).toHaveLength(3)
      expect(plans.find((p) => p.dealer_id === huber.id)).toEqual({
        dealer_id: huber.id,
        period_key: period,
        currency_code: "eur",
        target_amount: "22000",
        target_order_count: null,
        note: null,
        targets: [["product", saw, "amount", "1200.5"]],
      })
      expect(plans.find((p) => p.dealer_id === nowak.id && p.period_key === period)).toMatchObject({
        target_amount: "15500",
        target_order_count: 12,
      })
      // A plan the second file does not name is left alone.
      expect(plans.find((p) => p.period_key === "2099-01")?.targets).toEqual([["product", saw, "amount", "0.01"]])
    })

    it("undoes every write of an import whose last write fails", async () => {
      await createDealer("HUBER")
      await createDealer("NOWAK")
      const imported = await importCsv(
        file(`HUBER,${period},1000,4,,,,,,Keep me`, `HUBER,${period},,,product,drill-x18,quantity,5,,`),
        false
      )
      expect(imported.status).toBe(200)
      const before = await plansOf()

      const service = salesPlan()
      const failing = jest
        .spyOn(service, "createDealerPlanTargets")
        .mockRejectedValueOnce(new Error("disk full") as never)
      try {
        const res = await importCsv(
          file(
            `HUBER,${period},2000,,,,,,,`,
            `HUBER,${period},,,product,saw-c7,amount,10,,`,
            `NOWAK,${period},300,,,,,,,`
          ),
          false
        )
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(failing).toHaveBeenCalled()
      } finally {
        failing.mockRestore()
      }
      // The new plan is gone, the updated one has its totals, note and targets back.
      expect(await plansOf()).toEqual(before)
    })

    it("exports plans with the actuals of a real checkout, and attainment to the cent", async () => {
      const huber = await createDealer("HUBER")
      await createDealer("NOWAK")
      const buyer = await memberOf(huber.id, "buyer@huber.example")
      const power = categoryHandle["Power tools"]
      const hand = categoryHandle["Hand tools"]
      const imported = await importCsv(
        file(
          `HUBER,${period},1000,4,,,,,,`,
          `HUBER,${period},,,product,drill-x18,quantity,5,,`,
          `HUBER,${period},,,category,${power},amount,500,,`,
          `HUBER,${period},,,category,${hand},amount,100,,`,
          `NOWAK,${period},750.25,,,,,,,`
        ),
        false
      )
      expect(imported.status).toBe(200)

      await placeOrder(buyer.headers, [
        { variant_id: store.variants["drill-x18"], quantity: 2 },
        { variant_id: store.variants["saw-c7"], quantity: 1 },
      ])

      const res = await api.get(`/admin/dealer-plans/export?period=${period}`, admin)
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toMatch(/^text\/csv/)
      expect(res.headers["content-disposition"]).toBe(`attachment; filename="dealer-plans-${period}.csv"`)
      const lines = String(res.data).trim().split("\n")
      expect(lines).toEqual([
        "dealer_code,dealer_name,period,currency_code,target_amount,actual_amount,attainment_percent,target_order_count,actual_order_count,target_type,target_ref,metric,target_value,target_actual,target_attainment_percent,note",
        `HUBER,Dealer HUBER,${period},eur,1000.00,320.50,32.05,4,1,,,,,,,`,
        `HUBER,Dealer HUBER,${period},eur,,,,,,category,${hand},amount,100.00,0.00,0.00,`,
        `HUBER,Dealer HUBER,${period},eur,,,,,,category,${power},amount,500.00,320.50,64.10,`,
        `HUBER,Dealer HUBER,${period},eur,,,,,,product,drill-x18,quantity,5,2,40.00,`,
        `NOWAK,Dealer NOWAK,${period},eur,750.25,0.00,0.00,,0,,,,,,,`,
      ])

      const onlyHuber = await api.get(
        `/admin/dealer-plans/export?period_from=${period}&period_to=${period}&dealer_id=${huber.id}`,
        admin
      )
      expect(String(onlyHuber.data).trim().split("\n")).toHaveLength(5)
      expect(onlyHuber.headers["content-disposition"]).toBe(`attachment; filename="dealer-plans-${period}_${period}.csv"`)

      // The export imports again unchanged (its extra columns are ignored).
      const reimport = await importCsv(String(res.data), true)
      expect(reimport.data).toMatchObject({ plans_created: 0, plans_updated: 2, targets: 3, errors: [] })

      const bad = await api.get("/admin/dealer-plans/export?period=2026-13", admin).catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/period: must be a month as YYYY-MM/)
      const none = await api.get("/admin/dealer-plans/export", admin).catch((e: any) => e.response)
      expect(none.status).toBe(400)
    })
  },
})
