import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { RewardRuleInput } from "../../../modules/rewards/schemas"

export const saveRewardRuleStepId = "dealer-network-save-reward-rule"

export type SaveRewardRuleStepInput = { program_id: string; rule_id?: string; rule: Partial<RewardRuleInput> }

type Undo = { created_id?: string; restore?: Record<string, any> & { id: string } }

/**
 * Adds a rule to a program, or changes one of its rules (404 when the rule is
 * not the program's). Undo deletes the new rule or restores the old one.
 */
export const saveRewardRuleStep = createStep(
  saveRewardRuleStepId,
  async (input: SaveRewardRuleStepInput, { container }) => {
    const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await service.retrieveEditableProgram(input.program_id)
    if (!input.rule_id) {
      const created = await service.createDealerRewardRules({ ...(input.rule as RewardRuleInput), program_id: input.program_id })
      return new StepResponse(created, { created_id: created.id } as Undo)
    }
    const [before] = await service.listDealerRewardRules({ id: input.rule_id, program_id: input.program_id }, { take: 1 })
    if (!before) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Reward rule with id: ${input.rule_id} was not found in program ${input.program_id}`
      )
    }
    const { id, name, description, is_active, definition } = before
    const updated = await service.updateDealerRewardRules({ id: input.rule_id, ...input.rule })
    return new StepResponse(updated, { restore: { id, name, description, is_active, definition } } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RewardsModuleService>(REWARDS_MODULE)
    if (undo.created_id) await service.deleteDealerRewardRules(undo.created_id)
    if (undo.restore) await service.updateDealerRewardRules(undo.restore)
  }
)
