import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stringify } from "csv-stringify/sync"
import BigNumber from "bignumber.js"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { rawAmount } from "../../../lib/amounts"

export const exportPayoutsStepId = "dealer-network-export-payouts"

export const PAYOUT_EXPORT_COLUMNS = [
  "dealer_code",
  "legal_name",
  "tax_id",
  "amount",
  "currency_code",
  "payout_id",
  "reference",
] as const

export type ExportPayoutsInput = {
  /** approved: the payouts to send, marked exported; exported: the file again, nothing changes. */
  status: "approved" | "exported"
  dealer_ids?: string[]
}

/**
 * The bank file of cash payouts: one row per payout (dealer code, legal name,
 * tax id, amount, currency, payout id, remittance reference), oldest first.
 * Approved payouts become exported. Runs under the payout status lock; undo
 * puts them back to approved.
 */
export const exportPayoutsStep = createStep(
  exportPayoutsStepId,
  async (input: ExportPayoutsInput, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const payouts = await rewards.listDealerPayouts(
      { form: "cash", status: input.status, ...(input.dealer_ids ? { dealer_id: input.dealer_ids } : {}) },
      { order: { created_at: "ASC", id: "ASC" } }
    )
    const dealerIds = [...new Set(payouts.map((p) => p.dealer_id))]
    const dealers = dealerIds.length ? await network.listDealers({ id: dealerIds }) : []
    const dealerOf = new Map(dealers.map((d) => [d.id, d]))
    const rows = payouts.map((payout) => {
      const dealer = dealerOf.get(payout.dealer_id)
      return {
        dealer_code: dealer?.code ?? "",
        legal_name: dealer?.legal_name ?? dealer?.name ?? "",
        tax_id: dealer?.tax_id ?? "",
        amount: new BigNumber(rawAmount(payout, "amount")).toFixed(2),
        currency_code: payout.currency_code.toUpperCase(),
        payout_id: payout.id,
        reference: payout.reference ?? `Reward payout ${payout.id}`,
      }
    })
    const csv = stringify(rows, { header: true, columns: [...PAYOUT_EXPORT_COLUMNS] })
    const marked = input.status === "approved" ? payouts.map((p) => p.id) : []
    if (marked.length) {
      const now = new Date()
      await rewards.updateDealerPayouts(marked.map((id) => ({ id, status: "exported" as const, exported_at: now })))
    }
    return new StepResponse({ csv, count: rows.length, payout_ids: payouts.map((p) => p.id) }, marked)
  },
  async (marked, { container }) => {
    if (!marked?.length) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.updateDealerPayouts(marked.map((id) => ({ id, status: "approved" as const, exported_at: null })))
  }
)
