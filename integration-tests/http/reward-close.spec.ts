import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthKeyOf } from "../../src/lib/periods"
import { closePeriodRewards } from "../../src/workflows/rewards/period-rewards"
import { registerCustomer } from "../helpers/auth"
import { receiveReturn } from "../helpers/checkout"
import { failure } from "../helpers/failure"
import { waitFor } from "../helpers/wait"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, store, post, get, createDealer, memberOf, contributionsOf, placeOrder } = wholesaleFixture(
      api,
      getContainer
    )
    const period = monthKeyOf(new Date(), "UTC")

    /** A partner with a buyer, under an agreement that lists the programs. */
    async function partner(code: string, programIds: string[], fields: Record<string, unknown> = {}, terms = {}) {
      const dealer = await createDealer({ code, name: `Partner ${code}`, ...fields })
      const buyer = await memberOf(dealer.id, `buyer@${code.toLowerCase()}.example`)
      const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
        valid_from: new Date(Date.now() - 40 * 86_400_000).toISOString(),
        reward_program_ids: programIds,
        ...terms,
      })
      await post(`/admin/dealer-agreements/${agreement.id}/activate`)
      return { dealer, buyer }
    }

    const growthProgram = () => ({
      code: "GROWTH",
      name: "Growth bonus",
      period_type: "month",
      valid_from: "2026-01-01",
      status: "active",
      currency_code: "eur",
      rules: [
        {
          name: "Plan bonus",
          definition: {
            conditions: {
              all: [
                { metric: "attainment_percent", op: "gte", value: 100 },
                { metric: "average_order_value", op: "gte", value: 200 },
              ],
            },
            reward: { type: "fixed", amount: 50 },
          },
        },
        {
          name: "Volume rebate",
          definition: {
            reward: { type: "tiered", base: "sales_amount", mode: "retroactive", tiers: [{ from: 0, rate_percent: 1 }, { from: 500, rate_percent: 2 }] },
          },
        },
        {
          name: "Drill points",
          definition: {
            reward: { type: "rate", base: "focus_amount", focus_key: `product:${store.products["drill-x18"]}`, rate_percent: 10 },
            kind: "marketing_points",
            points_per_unit: 10,
          },
        },
        { name: "Distributor override", definition: { reward: { type: "rate", base: "sub_network_amount", rate_percent: 5 } } },
      ],
    })

    const accrualsOf = async (dealerId: string) =>
      (await get(`/admin/dealer-reward-accruals?dealer_id=${dealerId}&order=created_at&limit=100`)).accruals as any[]
    const byRule = (program: any, accruals: any[]) => {
      const nameOf = new Map(program.rules.map((r: any) => [r.id, r.name]))
      return accruals.map((a) => [nameOf.get(a.rule_id), a.kind, Number(a.amount), a.status])
    }

    it("accrues each dealer's rewards once, claws back a return on the next close, and pays approved money into the wallet", async () => {
      const { program } = await post("/admin/dealer-reward-programs", growthProgram())
      const distributor = await partner("DIST", [program.id], { role: "distributor" })
      const sub = await partner("SUB", [program.id], { role: "sub_dealer", parent_id: distributor.dealer.id })
      await post("/admin/dealer-plans", { dealer_id: distributor.dealer.id, period, target_amount: 500 })

      const big = await placeOrder(distributor.buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 4 }]) // 480
      await placeOrder(distributor.buyer.headers, [{ variant_id: store.variants["saw-c7"], quantity: 1 }]) // 80.50
      await placeOrder(sub.buyer.headers, [{ variant_id: store.variants["pliers-set"], quantity: 10 }]) // 199.90

      // Two closes at once: the lock lets one write, the other finds everything accrued.
      await Promise.all([1, 2].map(() => post("/admin/dealer-reward-periods/close", { period })))
      // DIST: 560.50 sales, 112.1 % of plan, AOV 280.25 → plan bonus 50; 2 % of 560.50 = 11.21;
      // 480 of drills × 10 % = 48 → 480 points; 5 % of SUB's 199.90 = 9.995 → 10.00.
      expect(byRule(program, await accrualsOf(distributor.dealer.id))).toEqual(
        expect.arrayContaining([
          ["Plan bonus", "money", 50, "pending"],
          ["Volume rebate", "money", 11.21, "pending"],
          ["Drill points", "marketing_points", 480, "pending"],
          ["Distributor override", "money", 10, "pending"],
        ])
      )
      expect(await accrualsOf(distributor.dealer.id)).toHaveLength(4)
      // SUB: no plan, no drills, nobody below: only 1 % of 199.90 = 1.999 → 2.00.
      expect(byRule(program, await accrualsOf(sub.dealer.id))).toEqual([["Volume rebate", "money", 2, "pending"]])

      const [bonus] = (await accrualsOf(distributor.dealer.id)).filter((a) => Number(a.amount) === 50)
      // The admin's ledger names the dealer, program and rule of each entry (read-only links).
      expect(bonus).toMatchObject({
        dealer: { id: distributor.dealer.id, code: distributor.dealer.code, name: distributor.dealer.name },
        program: { id: program.id, code: "GROWTH", name: program.name },
        rule: { id: bonus.rule_id, name: "Plan bonus" },
      })
      expect(bonus.explanation).toMatchObject({
        program: { code: "GROWTH" },
        rule: { name: "Plan bonus" },
        conditions: [
          expect.objectContaining({ metric: "attainment_percent", met: true }),
          expect.objectContaining({ metric: "average_order_value", actual: "280.25", met: true }),
        ],
      })

      // Rerun: nothing new.
      await post("/admin/dealer-reward-periods/close", { period })
      expect(await accrualsOf(distributor.dealer.id)).toHaveLength(4)

      // One drill comes back: 440.50 sales, 88.1 % of plan.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: big.id } })
      const drillItem = (data[0] as any).items[0]
      await api.post(`/admin/orders/${big.id}/fulfillments`, { items: [{ id: drillItem.id, quantity: 4 }] }, admin)
      const returnId = await receiveReturn(api, admin, store, big.id, [{ id: drillItem.id, quantity: 1 }])
      await waitFor(() => contributionsOf(big.id), (entries) => entries.some((e) => e.source_id === returnId))

      const { close } = await post("/admin/dealer-reward-periods/close", { period })
      expect(close.programs).toEqual([expect.objectContaining({ code: "GROWTH", participants: 2 })])
      // Bonus lost (−50); 1 % of 440.50 = 4.41, 6.80 less; 360 points, 120 less.
      const afterReturn = await accrualsOf(distributor.dealer.id)
      expect(byRule(program, afterReturn.slice(4))).toEqual(
        expect.arrayContaining([
          ["Plan bonus", "money", -50, "pending"],
          ["Volume rebate", "money", -6.8, "pending"],
          ["Drill points", "marketing_points", -120, "pending"],
        ])
      )
      expect(afterReturn).toHaveLength(7)

      const { approved } = await post("/admin/dealer-reward-accruals/approve", { ids: afterReturn.map((a) => a.id) })
      expect(approved).toHaveLength(7)
      const again = await post("/admin/dealer-reward-accruals/approve", { ids: afterReturn.map((a) => a.id) })
      expect(again).toEqual({ approved: [], skipped: afterReturn.map((a) => a.id) })

      // 50 + 11.21 + 10 − 50 − 6.80 = 14.41 money; 480 − 120 = 360 points.
      const wallet = await get(`/admin/dealers/${distributor.dealer.id}/wallet`)
      expect(wallet.wallet.balances).toEqual([
        { kind: "marketing_points", currency_code: "eur", balance: "360" },
        { kind: "money", currency_code: "eur", balance: "14.41" },
      ])
      expect(wallet.entries).toHaveLength(7)

      const [subAccrual] = await accrualsOf(sub.dealer.id)
      const { rejected } = await post("/admin/dealer-reward-accruals/reject", { ids: [subAccrual.id], reason: "Sub-dealer joined mid-month" })
      expect(rejected).toEqual([subAccrual.id])
      expect((await accrualsOf(sub.dealer.id))[0]).toMatchObject({ status: "rejected", rejection_reason: "Sub-dealer joined mid-month" })
      // A rejected amount is not offered again by a rerun.
      await post("/admin/dealer-reward-periods/close", { period })
      expect(await accrualsOf(sub.dealer.id)).toHaveLength(1)
      expect((await get(`/admin/dealers/${sub.dealer.id}/wallet`)).wallet.balances).toEqual([])

      // Members read their own dealer's accruals only; the wallet is for its owners (and managers), not its buyers.
      const owner = await registerCustomer(api, store.publishableKey, "owner@dist.example")
      await post(`/admin/dealers/${distributor.dealer.id}/members`, { customer_id: owner.id, role: "owner" })
      const own = (await api.get("/store/dealers/me/wallet", owner.headers)).data
      expect(own.wallet).toEqual(wallet.wallet)
      expect((await failure(api.get("/store/dealers/me/wallet", distributor.buyer.headers))).status).toBe(403)
      const subOwn = (await api.get("/store/dealers/me/reward-accruals", sub.buyer.headers)).data
      expect(subOwn.accruals.map((a: any) => a.dealer_id)).toEqual([sub.dealer.id])
      // The distributor's buyer does not get the override, which shows the sub-network's sales.
      const buyerView = (await api.get("/store/dealers/me/reward-accruals", distributor.buyer.headers)).data
      expect(byRule(program, buyerView.accruals).map(([name]) => name)).not.toContain("Distributor override")
      expect(byRule(program, (await api.get("/store/dealers/me/reward-accruals", owner.headers)).data.accruals).map(([name]) => name)).toContain(
        "Distributor override"
      )
    })

    it("accrues the same in batches of one dealer as in one batch, the override across batches too", async () => {
      const { program: inOneBatch } = await post("/admin/dealer-reward-programs", { ...growthProgram(), code: "GROWTH-ONE" })
      const { program: perDealer } = await post("/admin/dealer-reward-programs", { ...growthProgram(), code: "GROWTH-EACH" })
      const programIds = [inOneBatch.id, perDealer.id]
      const distributor = await partner("BDIST", programIds, { role: "distributor" })
      const sub = await partner("BSUB", programIds, { role: "sub_dealer", parent_id: distributor.dealer.id })
      const solo = await partner("BSOLO", programIds)
      await post("/admin/dealer-plans", { dealer_id: distributor.dealer.id, period, target_amount: 500 })
      await placeOrder(distributor.buyer.headers, [
        { variant_id: store.variants["drill-x18"], quantity: 4 },
        { variant_id: store.variants["saw-c7"], quantity: 1 },
      ])
      await placeOrder(sub.buyer.headers, [{ variant_id: store.variants["pliers-set"], quantity: 10 }])
      await placeOrder(solo.buyer.headers, [{ variant_id: store.variants["saw-c7"], quantity: 2 }])

      const container = getContainer()
      await closePeriodRewards(container, { period, program_ids: [inOneBatch.id] })
      await closePeriodRewards(container, { period, program_ids: [perDealer.id], dealers_per_batch: 1 })

      const accruedUnder = async (program: any, dealerId: string) =>
        byRule(program, (await accrualsOf(dealerId)).filter((a) => a.program_id === program.id)).sort()
      for (const { dealer } of [distributor, sub, solo]) {
        expect(await accruedUnder(perDealer, dealer.id)).toEqual(await accruedUnder(inOneBatch, dealer.id))
      }
      // The distributor's override reads its sub-dealer's sales, evaluated in another batch.
      expect(await accruedUnder(perDealer, distributor.dealer.id)).toEqual([
        ["Distributor override", "money", 10, "pending"],
        ["Drill points", "marketing_points", 480, "pending"],
        ["Plan bonus", "money", 50, "pending"],
        ["Volume rebate", "money", 11.21, "pending"],
      ])
      // 1 % of 161.00.
      expect(await accruedUnder(perDealer, solo.dealer.id)).toEqual([["Volume rebate", "money", 1.61, "pending"]])
    })

    it("simulates earnings and the next tier, for a draft rule too, and for a member's own dealer", async () => {
      const { program } = await post("/admin/dealer-reward-programs", growthProgram())
      const { dealer, buyer } = await partner("SIM", [program.id])
      await placeOrder(buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 3 }]) // 360

      const { simulation } = await post(`/admin/dealer-reward-programs/${program.id}/simulate`, { dealer_id: dealer.id, period })
      const rebate = simulation.rules.find((r: any) => r.name === "Volume rebate")
      // 1 % of 360 = 3.60; 140 more reaches 500, where 2 % of 500 = 10.00 (+6.40).
      expect(rebate).toMatchObject({ amount: "3.60", earned: true })
      const next = rebate.next.next_tier
      expect([next.shortfall, next.amount_at_next_tier, next.additional_reward].map(Number)).toEqual([140, 10, 6.4])

      const draft = await post(`/admin/dealer-reward-programs/${program.id}/simulate`, {
        dealer_id: dealer.id,
        period,
        rules: [{ name: "Stepped draft", definition: { reward: { type: "tiered", base: "sales_amount", mode: "stepped", tiers: [{ from: 0, rate_percent: 1 }, { from: 200, rate_percent: 3 }] } } }],
      })
      // 200 × 1 % + 160 × 3 % = 2 + 4.80
      expect(draft.simulation.rules).toEqual([expect.objectContaining({ name: "Stepped draft", amount: "6.80" })])

      // A program not created yet ("Create program") simulates its draft rules in its currency.
      const unsaved = await post("/admin/dealer-reward-simulations", {
        dealer_id: dealer.id,
        period,
        currency_code: "EUR",
        rules: [{ name: "Stepped draft", definition: { reward: { type: "tiered", base: "sales_amount", mode: "stepped", tiers: [{ from: 0, rate_percent: 1 }, { from: 200, rate_percent: 3 }] } } }],
      })
      expect(unsaved.simulation.rules).toEqual([expect.objectContaining({ name: "Stepped draft", amount: "6.80" })])
      expect(unsaved.simulation.facts.salesAmount).toBe(simulation.facts.salesAmount)
      const noCurrency = await failure(api.post("/admin/dealer-reward-simulations", { dealer_id: dealer.id, period, rules: [{ name: "x", definition: { reward: { type: "fixed", amount: 1 } } }] }, admin))
      expect([noCurrency.status, noCurrency.message]).toEqual([400, expect.stringContaining("currency_code")])
      const unknownDealer = await failure(
        api.post("/admin/dealer-reward-simulations", { dealer_id: "dlr_missing", period, currency_code: "eur", rules: [{ name: "x", definition: { reward: { type: "fixed", amount: 1 } } }] }, admin)
      )
      expect(unknownDealer.status).toBe(404)

      const mine = (await api.get("/store/dealers/me/rewards/simulation", buyer.headers)).data
      expect(mine.simulations).toEqual([expect.objectContaining({ dealer_id: dealer.id, period, program: expect.objectContaining({ code: "GROWTH" }) })])
      const other = await failure(api.get(`/store/dealers/me/rewards/simulation?program_id=drprg_other`, buyer.headers))
      expect(other.status).toBe(404)
    })

    it("holds the rewards of a dealer with overdue receivables until it pays", async () => {
      const held = { ...growthProgram(), code: "HELD", hold_overdue: true, rules: [growthProgram().rules[1]] }
      const { program } = await post("/admin/dealer-reward-programs", held)
      const { dealer, buyer } = await partner("LATE", [program.id], {}, { payment_terms_days: 7 })
      const order = await placeOrder(buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 5 }]) // 600
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update "order" set created_at = now() - interval '12 days' where id = ?`, [order.id])

      await post("/admin/dealer-reward-periods/close", { period })
      const [accrual] = await accrualsOf(dealer.id)
      expect(accrual).toMatchObject({ status: "held", amount: "12.00" })
      const { approved } = await post("/admin/dealer-reward-accruals/approve", { ids: [accrual.id] })
      expect(approved).toEqual([])

      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      await api.post(`/admin/payments/${(data[0] as any).payment_collections[0].payments[0].id}/capture`, {}, admin)
      await post("/admin/dealer-reward-periods/close", { period })
      expect((await accrualsOf(dealer.id))[0]).toMatchObject({ status: "pending" })
    })

    it("names the wrong part of a rule", async () => {
      const bad = growthProgram()
      bad.rules[1].definition.reward = { type: "tiered", base: "sales_amount", mode: "stepped", tiers: [{ from: 500, rate_percent: 2 }, { from: 100, rate_percent: 3 }] } as any
      const tiers = await failure(api.post("/admin/dealer-reward-programs", bad, admin))
      expect(tiers).toMatchObject({ status: 400, message: "rules.1.definition.reward.tiers.1.from: must be above the previous tier's from (500)" })

      const focus = growthProgram()
      focus.rules[0].definition.conditions!.all[0] = { metric: "focus_amount", op: "gte", value: 10 } as any
      const missing = await failure(api.post("/admin/dealer-reward-programs", focus, admin))
      expect(missing.message).toBe("rules.0.definition.conditions.all.0.focus_key: required for a focus metric")

      const { program } = await post("/admin/dealer-reward-programs", growthProgram())
      const duplicate = await failure(api.post("/admin/dealer-reward-programs", growthProgram(), admin))
      expect(duplicate).toMatchObject({ status: 422, message: "code: reward program GROWTH already exists" })
      const badRule = await failure(
        api.post(`/admin/dealer-reward-programs/${program.id}/rules`, { name: "Bad", definition: { reward: { type: "rate", base: "sales_amount", rate_percent: "ten" } } }, admin)
      )
      expect(badRule.message).toBe("definition.reward.rate_percent: must be a decimal number")
      const { dealer } = await post("/admin/dealers", { code: "NOPROG", name: "No program" })
      const unknownProgram = await failure(
        api.post(`/admin/dealers/${dealer.id}/agreements`, { valid_from: new Date().toISOString(), reward_program_ids: [program.id, "drprg_missing"] }, admin)
      )
      expect(unknownProgram).toMatchObject({ status: 404, message: "reward_program_ids: reward programs not found: drprg_missing" })
      const period13 = await failure(api.post("/admin/dealer-reward-periods/close", { period: "2026-13" }, admin))
      expect(period13.status).toBe(400)
      expect(period13.message).toContain("period:")
    })
  },
})
