import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { ReleasedRegistration } from "../../../modules/engagement/service"
import { eventShareMovements } from "./event-share-movements"

export const refundEventSharesStepId = "dealer-network-refund-event-shares"

/** Gives the shares of the cancelled registrations marked refunded back to their wallets, once per registration. */
export const refundEventSharesStep = createStep(
  refundEventSharesStepId,
  async (released: ReleasedRegistration[], { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const movements = released.filter((registration) => registration.refunded).flatMap((paid) => eventShareMovements(paid, "refund"))
    const entries = await rewards.moveWallet(movements, { allowNegative: true })
    return new StepResponse(entries.map((entry) => entry.id))
  }
)
