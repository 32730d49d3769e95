import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"

export const markPayoutBatchPaidStepId = "dealer-network-mark-payout-batch-paid"

/**
 * A batch the bank has executed: its exported payouts become paid with the
 * bank's reference (payouts marked paid one by one keep theirs). Runs under
 * the payout status lock. Undo puts the batch and those payouts back.
 */
export const markPayoutBatchPaidStep = createStep(
  markPayoutBatchPaidStepId,
  async (input: { id: string; reference: string }, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const [batch] = await rewards.listDealerPayoutBatches({ id: input.id }, { take: 1, select: ["id", "status"] })
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch with id: ${input.id} was not found`)
    if (batch.status !== "exported") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payout batch ${batch.id} is ${batch.status}; only an exported batch can be marked paid`)
    }
    const payouts = await rewards.listDealerPayouts({ batch_id: input.id, status: "exported" }, { select: ["id"] })
    const now = new Date()
    await rewards.updateDealerPayouts(
      payouts.map(({ id }) => ({ id, status: "paid" as const, paid_at: now, reference: input.reference }))
    )
    await rewards.updateDealerPayoutBatches({ id: input.id, status: "paid", paid_at: now, reference: input.reference })
    const paidIds = payouts.map(({ id }) => id)
    return new StepResponse({ id: input.id, payout_ids: paidIds }, { id: input.id, payout_ids: paidIds })
  },
  async (undo, { container }) => {
    if (!undo) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.updateDealerPayouts(
      undo.payout_ids.map((id) => ({ id, status: "exported" as const, paid_at: null, reference: null }))
    )
    await rewards.updateDealerPayoutBatches({ id: undo.id, status: "exported", paid_at: null, reference: null })
  }
)
