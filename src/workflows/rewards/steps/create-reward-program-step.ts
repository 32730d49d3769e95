import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { RewardProgramInput } from "../../../modules/rewards/schemas"
import { alreadyExists } from "../../../lib/refusals"

export const createRewardProgramStepId = "dealer-network-create-reward-program"

/** A program with its rules; a code in use is refused. Undo deletes it. */
export const createRewardProgramStep = createStep(
  createRewardProgramStepId,
  async (input: RewardProgramInput & { is_code_defined?: boolean }, { container }) => {
    const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const [existing] = await service.listDealerRewardPrograms({ code: input.code }, { take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, alreadyExists("code", "reward program", input.code))
    }
    const { rules, ...program } = input
    const created = await service.createDealerRewardPrograms(programRow(program))
    if (rules?.length) {
      await service.createDealerRewardRules(rules.map((rule) => ({ ...rule, program_id: created.id })))
    }
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<RewardsModuleService>(REWARDS_MODULE).deleteDealerRewardPrograms(id)
  }
)

/** Decimal strings go to bigNumber columns as they are, every digit kept. */
export function programRow<T extends { points_per_unit?: string }>(program: T) {
  return program as Omit<T, "points_per_unit"> & { points_per_unit?: number }
}
