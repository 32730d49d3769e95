import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReleasedMaterialRequest } from "../../../modules/engagement/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { materialPointsMovements } from "./material-points-movements"

export const refundMaterialPointsStepId = "dealer-network-refund-material-points"

/**
 * Gives a rejected or cancelled request's points back, once: the refund's
 * source is the request, so running it again (a repeated reject) writes
 * nothing, and a reject whose refund was interrupted completes it.
 */
export const refundMaterialPointsStep = createStep(
  refundMaterialPointsStepId,
  async (released: ReleasedMaterialRequest, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const entries = await rewards.moveWallet(materialPointsMovements(released, "refund"), { allowNegative: true })
    return new StepResponse(entries.map((entry) => entry.id))
  }
)
