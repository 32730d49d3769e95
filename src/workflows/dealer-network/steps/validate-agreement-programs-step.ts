import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"

export const validateAgreementProgramsStepId = "dealer-network-validate-agreement-programs"

/** Refuses an agreement that lists reward programs which do not exist. */
export const validateAgreementProgramsStep = createStep(
  validateAgreementProgramsStepId,
  async (input: { reward_program_ids?: string[] | null }, { container }) => {
    const ids = [...new Set(input.reward_program_ids ?? [])]
    if (!ids.length) return new StepResponse(void 0)
    const found = await container
      .resolve<RewardsModuleService>(REWARDS_MODULE)
      .listDealerRewardPrograms({ id: ids }, { select: ["id"] })
    const missing = ids.filter((id) => !found.some((program) => program.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `reward_program_ids: reward programs not found: ${missing.join(", ")}`)
    }
    return new StepResponse(void 0)
  }
)
