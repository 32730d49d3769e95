/**
 * The hooks a host app extends the plugin's workflows with: handlers registered
 * the way a host registers them (src/workflows/hooks/*.ts in the host app) run
 * with their payload. A hook takes one handler app-wide, so these are the only ones.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { monthKeyOf } from "../../src/lib/periods"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import {
  attributeOrderWorkflow,
  closeRewardPeriodWorkflow,
  createPayoutWorkflow,
  markPayoutPaidWorkflow,
} from "../../src/workflows"
import { createAdminHeaders, Headers, registerCustomer } from "../helpers/auth"
import { checkout, seedWholesaleStore, WholesaleStore } from "../helpers/checkout"
import { waitFor } from "../helpers/wait"

jest.setTimeout(240_000)

const seen = {
  orderAttributed: [] as Record<string, any>[],
  rewardPeriodClosed: [] as Record<string, any>[],
  payoutCreated: [] as Record<string, any>[],
  payoutPaid: [] as Record<string, any>[],
}
attributeOrderWorkflow.hooks.orderAttributed((payload) => {
  seen.orderAttributed.push(payload)
})
closeRewardPeriodWorkflow.hooks.rewardPeriodClosed((payload) => {
  seen.rewardPeriodClosed.push(payload)
})
createPayoutWorkflow.hooks.payoutCreated((payload) => {
  seen.payoutCreated.push(payload)
})
markPayoutPaidWorkflow.hooks.payoutPaid((payload) => {
  seen.payoutPaid.push(payload)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: WholesaleStore
    const period = monthKeyOf(new Date(), "UTC")

    beforeEach(async () => {
      admin = await createAdminHeaders(getContainer())
      store = await seedWholesaleStore(getContainer(), [
        { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
      ])
    })

    const post = async (url: string, body: unknown = {}) => (await api.post(url, body, admin)).data
    const get = async (url: string) => (await api.get(url, admin)).data

    it("runs a host's handlers after attribution, period close, payout creation and payment, with ids, dealer and amounts", async () => {
      const { program } = await post("/admin/dealer-reward-programs", {
        code: "REBATE",
        name: "Volume rebate",
        period_type: "month",
        valid_from: "2026-01-01",
        status: "active",
        currency_code: "eur",
        rules: [{ name: "Rebate", definition: { reward: { type: "rate", base: "sales_amount", rate_percent: 10 } } }],
      })
      const { dealer } = await post("/admin/dealers", { code: "HK", name: "Hooked Dealer" })
      const buyer = await registerCustomer(api, store.publishableKey, "buyer@hk.example")
      await post(`/admin/dealers/${dealer.id}/members`, { customer_id: buyer.id, role: "buyer" })
      const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
        valid_from: new Date(Date.now() - 40 * 86_400_000).toISOString(),
        reward_program_ids: [program.id],
        payout_form: "cash",
      })
      await post(`/admin/dealer-agreements/${agreement.id}/activate`)

      // After attribution: the order.placed subscriber runs the workflow.
      const order = await checkout(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 2 }])
      const [attributed] = await waitFor(
        async () => seen.orderAttributed.filter((payload) => payload.order_id === order.id),
        (payloads) => payloads.length > 0
      )
      expect(attributed).toEqual({
        order_id: order.id,
        dealer_id: dealer.id,
        contribution_id: expect.any(String),
        period_key: period,
        amount: "240",
        currency_code: "eur",
      })

      // After a period close: the accruals it wrote.
      await post("/admin/dealer-reward-periods/close", { period })
      expect(seen.rewardPeriodClosed).toHaveLength(1)
      const [closed] = seen.rewardPeriodClosed
      expect(closed).toMatchObject({ period, programs: [expect.objectContaining({ program_id: program.id, accruals: 1 })] })
      expect(closed.accrual_ids).toHaveLength(1)
      const { accruals } = await get(`/admin/dealer-reward-accruals?dealer_id=${dealer.id}`)
      expect(accruals.map((accrual: any) => accrual.id)).toEqual(closed.accrual_ids)

      // After a payout is created, and after it is paid.
      await getContainer()
        .resolve<RewardsModuleService>(REWARDS_MODULE)
        .moveWallet([
          {
            dealer_id: dealer.id,
            kind: "money",
            amount: "24",
            currency_code: "eur",
            source_type: "accrual",
            source_id: closed.accrual_ids[0],
            description: "Approved rebate",
          },
        ])
      const { payout } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 20 })
      expect(seen.payoutCreated).toEqual([
        {
          payout_id: payout.id,
          dealer_id: dealer.id,
          form: "cash",
          status: "requested",
          amount: "20",
          requested_amount: "20",
          currency_code: "eur",
        },
      ])
      await post(`/admin/dealer-payouts/${payout.id}/approve`)
      await post(`/admin/dealers/${dealer.id}/bank-accounts`, { holder: "Hook Dealer", iban: "DE89370400440532013000", bic: "COBADEFFXXX" })
      await post("/admin/dealer-payout-batches", { format: "csv", payout_ids: [payout.id] })
      await post(`/admin/dealer-payouts/${payout.id}/mark-paid`, { reference: "BANK-HOOK-1" })
      expect(seen.payoutPaid).toEqual([
        { payout_id: payout.id, dealer_id: dealer.id, amount: "20", currency_code: "eur", reference: "BANK-HOOK-1" },
      ])
    })
  },
})
