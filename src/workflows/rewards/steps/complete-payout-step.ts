import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { PayoutStatus } from "../../../types/rewards"

export const completePayoutStepId = "dealer-network-complete-payout"

/**
 * Records what the payout did in its details and its status: completed once
 * the value was given (credit lines, points, discount); a cash payout stays
 * requested until it is approved, exported and paid.
 */
export const completePayoutStep = createStep(
  completePayoutStepId,
  async (input: { id: string; status: PayoutStatus; details: Record<string, unknown> }, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const [before] = await rewards.listDealerPayouts({ id: input.id }, { take: 1, select: ["id", "status", "details"] })
    await rewards.updateDealerPayouts({ id: input.id, status: input.status, details: input.details })
    return new StepResponse({ id: input.id }, { id: input.id, status: before.status, details: before.details })
  },
  async (before, { container }) => {
    if (!before) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.updateDealerPayouts({ id: before.id, status: before.status, details: before.details })
  }
)
