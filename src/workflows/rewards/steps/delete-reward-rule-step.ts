import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"

export const deleteRewardRuleStepId = "dealer-network-delete-reward-rule"

/** Removes a program's rule (its accruals keep their explanation); undo restores it. */
export const deleteRewardRuleStep = createStep(
  deleteRewardRuleStepId,
  async (input: { program_id: string; rule_id: string }, { container }) => {
    const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await service.retrieveEditableProgram(input.program_id)
    const [rule] = await service.listDealerRewardRules({ id: input.rule_id, program_id: input.program_id }, { take: 1 })
    if (!rule) return new StepResponse(null, null)
    await service.softDeleteDealerRewardRules(rule.id)
    return new StepResponse(rule.id, rule.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<RewardsModuleService>(REWARDS_MODULE).restoreDealerRewardRules(id)
  }
)
