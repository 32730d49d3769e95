import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"

export const settlePayoutBatchStepId = "dealer-network-settle-payout-batch"

/**
 * After a payout of a batch is marked paid on its own: the batch is paid
 * once none of its payouts waits for the bank any more. Undo reopens it.
 */
export const settlePayoutBatchStep = createStep(
  settlePayoutBatchStepId,
  async (input: { payout_id: string }, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const [payout] = await rewards.listDealerPayouts({ id: input.payout_id }, { select: ["id", "batch_id"] })
    if (!payout?.batch_id) return new StepResponse(null)
    const waiting = await rewards.listDealerPayouts({ batch_id: payout.batch_id, status: "exported" }, { select: ["id"] })
    if (waiting.length) return new StepResponse(null)
    await rewards.updateDealerPayoutBatches({ id: payout.batch_id, status: "paid", paid_at: new Date() })
    return new StepResponse(null, payout.batch_id)
  },
  async (batchId, { container }) => {
    if (!batchId) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.updateDealerPayoutBatches({ id: batchId, status: "exported", paid_at: null })
  }
)
