import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { RewardProgramUpdateInput } from "../../../modules/rewards/schemas"
import { programRow } from "./create-reward-program-step"

export const updateRewardProgramStepId = "dealer-network-update-reward-program"

export type UpdateRewardProgramStepInput = { id: string; update: RewardProgramUpdateInput }

/** Changes a program's fields; undo restores the previous values. */
export const updateRewardProgramStep = createStep(
  updateRewardProgramStepId,
  async ({ id, update }: UpdateRewardProgramStepInput, { container }) => {
    const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const before = await service.retrieveEditableProgram(id)
    const updated = await service.updateDealerRewardPrograms({ id, ...programRow(update) })
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key as keyof typeof before]]))
    return new StepResponse(updated, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<RewardsModuleService>(REWARDS_MODULE).updateDealerRewardPrograms({ id: undo.id, ...undo.previous })
  }
)
