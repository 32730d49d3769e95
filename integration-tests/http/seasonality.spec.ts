import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import BigNumber from "bignumber.js"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { saveSplitPlansStep, SplitPlanInput } from "../../src/workflows/sales-plan/steps/save-split-plans-step"
import { adminRequests, adminSession } from "../helpers/auth"
import { errorResponse as fail } from "../helpers/failure"

jest.setTimeout(120_000)

// Winter-heavy: 7.77 % in the first quarter, 8.33 % in spring and summer, 8.9 % at year end; sums to 100.
const WEIGHTS = [7.77, 7.77, 7.77, 8.33, 8.33, 8.33, 8.33, 8.33, 8.34, 8.9, 8.9, 8.9]

// The split's write step followed by a step that fails: the workflow must undo the writes.
const failAfterSplitStep = createStep("dealer-network-test-fail-after-split", async () => {
  throw new Error("a later step failed")
})
const splitThenFailWorkflow = createWorkflow("dealer-network-test-split-then-fail", (input: SplitPlanInput[]) => {
  saveSplitPlansStep(input)
  failAfterSplitStep()
  return new WorkflowResponse(undefined)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const { post, get } = adminRequests(api, admin)

    it("creates, lists, updates and deletes seasonality profiles", async () => {
      const created = await api.post(
        "/admin/dealer-seasonality-profiles",
        { name: "Winter heavy", weights: WEIGHTS, description: "Heating season" },
        admin
      )
      expect(created.status).toBe(201)
      const profile = created.data.seasonality_profile
      expect(profile).toMatchObject({ id: expect.stringMatching(/^dseas_/), name: "Winter heavy", weights: WEIGHTS })

      await post("/admin/dealer-seasonality-profiles", { name: "Flat", weights: [10, 10, 10, 10, 5, 5, 5, 5, 10, 10, 10, 10] })
      const list = await get("/admin/dealer-seasonality-profiles")
      expect(list).toMatchObject({ count: 2, offset: 0, limit: 50 })
      expect(list.seasonality_profiles.map((p: any) => p.name)).toEqual(["Flat", "Winter heavy"])
      expect((await get("/admin/dealer-seasonality-profiles?q=winter")).seasonality_profiles).toHaveLength(1)

      const summer = [5, 5, 5, 10, 10, 15, 15, 10, 10, 5, 5, 5]
      const updated = await post(`/admin/dealer-seasonality-profiles/${profile.id}`, { name: "Summer heavy", weights: summer })
      expect(updated.seasonality_profile).toMatchObject({ name: "Summer heavy", weights: summer, description: "Heating season" })
      expect((await get(`/admin/dealer-seasonality-profiles/${profile.id}`)).seasonality_profile.name).toBe("Summer heavy")

      const duplicate = await fail(api.post("/admin/dealer-seasonality-profiles", { name: "Flat", weights: WEIGHTS }, admin))
      expect(duplicate.status).toBe(422)
      expect(duplicate.data.message).toMatch(/^name: /)
      const renamed = await fail(api.post(`/admin/dealer-seasonality-profiles/${profile.id}`, { name: "Flat" }, admin))
      expect(renamed.status).toBe(422)

      const deleted = await api.delete(`/admin/dealer-seasonality-profiles/${profile.id}`, admin)
      expect(deleted.data).toEqual({ id: profile.id, object: "dealer_seasonality_profile", deleted: true })
      const gone = await fail(api.get(`/admin/dealer-seasonality-profiles/${profile.id}`, admin))
      expect(gone.status).toBe(404)
      for (const request of [
        api.post(`/admin/dealer-seasonality-profiles/${profile.id}`, { name: "Again" }, admin),
        api.delete(`/admin/dealer-seasonality-profiles/${profile.id}`, admin),
      ]) {
        expect((await fail(request)).status).toBe(404)
      }
      // The name is free again once the profile is deleted.
      const reused = await api.post("/admin/dealer-seasonality-profiles", { name: "Summer heavy", weights: summer }, admin)
      expect(reused.status).toBe(201)
    })

    it("refuses weights that are not 12 numbers ≥ 0 summing to exactly 100, naming weights", async () => {
      const almost = [...WEIGHTS.slice(0, 11), 8.91] // 100.01
      const floats = Array(12).fill(100 / 12) // 8.333…4 × 12 is not exactly 100 in decimals
      for (const [weights, message] of [
        [WEIGHTS.slice(1), /^weights: must be 12 monthly weights/],
        [[...WEIGHTS, 0], /^weights: must be 12 monthly weights/],
        [almost, /^weights: must sum to exactly 100 \(they sum to 100.01\)/],
        [floats, /^weights: must sum to exactly 100/],
        [[-10, 20, ...WEIGHTS.slice(2)], /^weights\.0: /],
        [[...WEIGHTS.slice(0, 11), "8.9"], /^weights\.11: /],
        ["even", /^weights: /],
      ] as const) {
        const response = await fail(api.post("/admin/dealer-seasonality-profiles", { name: "Bad", weights }, admin))
        expect([weights, response.status]).toEqual([weights, 400])
        expect(response.data.message).toMatch(message)
      }
      const missing = await fail(api.post("/admin/dealer-seasonality-profiles", { name: "No weights" }, admin))
      expect([missing.status, missing.data.message]).toEqual([400, expect.stringMatching(/weights/)])

      const { seasonality_profile } = await post("/admin/dealer-seasonality-profiles", { name: "Good", weights: WEIGHTS })
      const update = await fail(
        api.post(`/admin/dealer-seasonality-profiles/${seasonality_profile.id}`, { weights: almost }, admin)
      )
      expect([update.status, update.data.message]).toEqual([400, expect.stringMatching(/^weights: must sum to exactly 100/)])
      expect((await get(`/admin/dealer-seasonality-profiles/${seasonality_profile.id}`)).seasonality_profile.weights).toEqual(WEIGHTS)
    })

    it("splits an annual target of 120000 into 12 monthly plans that add up to exactly 120000.00", async () => {
      const dealer = (await post("/admin/dealers", { code: "SEAS", name: "Saison Handel" })).dealer
      const { seasonality_profile: profile } = await post("/admin/dealer-seasonality-profiles", {
        name: "Winter heavy",
        weights: WEIGHTS,
      })
      // March already has a plan with an order count: the split changes its amount only.
      await post("/admin/dealer-plans", { dealer_id: dealer.id, period: "2027-03", target_amount: 5000, target_order_count: 7 })

      const body = { dealer_id: dealer.id, year: 2027, annual_target: 120000, seasonality_profile_id: profile.id }
      const { data } = await api.post("/admin/dealer-plans/split-annual", body, admin)
      expect(data).toMatchObject({
        dealer_id: dealer.id,
        year: 2027,
        annual_target: "120000.00",
        plans_created: 11,
        plans_updated: 1,
      })
      expect(data.months.map((m: any) => m.target_amount)).toEqual([
        "9324.00", "9324.00", "9324.00", "9996.00", "9996.00", "9996.00",
        "9996.00", "9996.00", "10008.00", "10680.00", "10680.00", "10680.00",
      ])
      const sum = (amounts: (string | number)[]) => amounts.reduce<BigNumber>((s, a) => s.plus(a), new BigNumber(0)).toFixed(2)
      expect(sum(data.months.map((m: any) => m.target_amount))).toBe("120000.00")

      // The stored plans, read back through the plans API.
      const list = await get(`/admin/dealer-plans?dealer_id=${dealer.id}&limit=20&order=period_key`)
      expect(list.count).toBe(12)
      expect(list.plans.map((p: any) => p.period_key)).toEqual(data.months.map((m: any) => m.period_key))
      expect(sum(list.plans.map((p: any) => p.target_amount))).toBe("120000.00")
      const march = list.plans.find((p: any) => p.period_key === "2027-03")
      expect(march).toMatchObject({ target_amount: 9324, target_order_count: 7, currency_code: "eur" })

      // An amount that does not divide evenly: the cents add up, the last month takes the remainder.
      const odd = await post("/admin/dealer-plans/split-annual", { ...body, annual_target: 100000.01 })
      expect(odd).toMatchObject({ plans_created: 0, plans_updated: 12, annual_target: "100000.01" })
      expect(sum(odd.months.map((m: any) => m.target_amount))).toBe("100000.01")
      const reread = await get(`/admin/dealer-plans?dealer_id=${dealer.id}&limit=20`)
      expect(sum(reread.plans.map((p: any) => p.target_amount))).toBe("100000.01")
    })

    it("undoes every month written when a later step of the split fails", async () => {
      const dealer = (await post("/admin/dealers", { code: "UNDO", name: "Undo Handel" })).dealer
      await post("/admin/dealer-plans", { dealer_id: dealer.id, period: "2027-03", target_amount: 5000.55, target_order_count: 7 })
      const months: SplitPlanInput[] = Array.from({ length: 12 }, (_, i) => ({
        dealer_id: dealer.id,
        period_key: `2027-${String(i + 1).padStart(2, "0")}`,
        currency_code: "eur",
        target_amount: "1000.00",
      }))
      const run = await splitThenFailWorkflow(getContainer()).run({ input: months, throwOnError: false })
      expect(run.errors.map((e: any) => e.error.message)).toEqual(["a later step failed"])
      expect(run.transaction.getState()).toBe("reverted")

      const plans = await getContainer()
        .resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
        .listDealerSalesPlans({ dealer_id: dealer.id })
      expect(plans.map((p) => [p.period_key, Number(p.target_amount), p.target_order_count])).toEqual([["2027-03", 5000.55, 7]])
    })

    it("answers bad split input with a 400 naming the field and unknown ids with a 404", async () => {
      const dealer = (await post("/admin/dealers", { code: "BAD", name: "Bad Input" })).dealer
      const { seasonality_profile: profile } = await post("/admin/dealer-seasonality-profiles", { name: "P", weights: WEIGHTS })
      const body = { dealer_id: dealer.id, year: 2027, annual_target: 1200, seasonality_profile_id: profile.id }
      for (const [bad, field, status] of [
        [{ ...body, annual_target: -1 }, "annual_target", 400],
        [{ ...body, annual_target: 100.005 }, "annual_target", 400],
        [{ ...body, annual_target: "1200" }, "annual_target", 400],
        [{ ...body, year: "2027" }, "year", 400],
        [{ ...body, year: 2027.5 }, "year", 400],
        [{ ...body, seasonality_profile_id: undefined }, "seasonality_profile_id", 400],
        [{ ...body, extra: true }, "extra", 400],
        [{ ...body, dealer_id: "dlr_missing" }, "dealer_id", 404],
        [{ ...body, seasonality_profile_id: "dseas_missing" }, "seasonality_profile_id", 404],
      ] as const) {
        const response = await fail(api.post("/admin/dealer-plans/split-annual", bad, admin))
        expect([field, response.status]).toEqual([field, status])
        expect(response.data.message).toMatch(field)
      }
      // Nothing was written by the refused requests.
      expect((await get(`/admin/dealer-plans?dealer_id=${dealer.id}`)).count).toBe(0)
    })
  },
})
