import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { eventShareMovements, PaidShare } from "./event-share-movements"

export const chargeEventShareStepId = "dealer-network-charge-event-share"

/**
 * Debits the registration's share from the wallet (the rewards service
 * refuses a debit the balance does not cover). Undone by its refund entries.
 */
export const chargeEventShareStep = createStep(
  chargeEventShareStepId,
  async (paid: PaidShare, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const entries = await rewards.moveWallet(eventShareMovements(paid, "charge"))
    return new StepResponse(
      entries.map((entry) => entry.id),
      paid
    )
  },
  async (paid, { container }) => {
    if (!paid) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.moveWallet(eventShareMovements(paid, "refund"), { allowNegative: true })
  }
)
