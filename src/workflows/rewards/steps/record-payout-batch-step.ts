import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { exactAmount } from "../../../lib/amounts"
import type { PreparedPayoutBatch } from "./prepare-payout-batch-step"

export const recordPayoutBatchStepId = "dealer-network-record-payout-batch"

/**
 * Keeps the batch with its file and marks its payouts exported, each with the
 * account it is paid to. Runs under the payout status lock, so a payout joins
 * one batch only. Undo removes the batch and puts the payouts back to approved.
 */
export const recordPayoutBatchStep = createStep(
  recordPayoutBatchStepId,
  async (input: PreparedPayoutBatch, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.createDealerPayoutBatches({ ...input.batch, total: exactAmount(input.batch.total) })
    await rewards.updateDealerPayouts(
      input.payouts.map((payout) => ({
        id: payout.id,
        status: "exported" as const,
        exported_at: input.batch.exported_at,
        batch_id: input.batch.id,
        bank_account: payout.bank_account,
      }))
    )
    return new StepResponse({ id: input.batch.id }, { id: input.batch.id, payout_ids: input.payouts.map((p) => p.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.updateDealerPayouts(
      undo.payout_ids.map((id) => ({ id, status: "approved" as const, exported_at: null, batch_id: null, bank_account: null }))
    )
    await rewards.deleteDealerPayoutBatches([undo.id])
  }
)
