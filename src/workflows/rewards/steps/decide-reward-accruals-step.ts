import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"

export const decideRewardAccrualsStepId = "dealer-network-decide-reward-accruals"

export type DecideRewardAccrualsInput =
  | { decision: "approve"; ids: string[]; decided_by?: string | null }
  | { decision: "reject"; ids: string[]; reason: string; decided_by?: string | null }

/**
 * Approves pending accruals (crediting the wallets in the same transaction)
 * or rejects pending and held ones; returns the ids that changed.
 */
export const decideRewardAccrualsStep = createStep(
  decideRewardAccrualsStepId,
  async (input: DecideRewardAccrualsInput, { container }) => {
    const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const changed =
      input.decision === "approve"
        ? await service.approveAccruals({ ids: input.ids, decided_by: input.decided_by })
        : await service.rejectAccruals({ ids: input.ids, reason: input.reason, decided_by: input.decided_by })
    return new StepResponse(changed)
  }
)
