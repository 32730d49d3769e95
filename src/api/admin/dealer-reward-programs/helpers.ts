import type { MedusaContainer } from "@medusajs/framework/types"
import type { RewardRuleDefinition } from "../../../lib/reward-rules"
import type { ProgramForRewards } from "../../../workflows/rewards/program-rewards"
import { refetchEntity } from "../../utils/refetch-entity"
import { rewardProgramFields } from "./query-config"

export const refetchRewardProgram = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer_reward_program", label: "Reward program" }, id, fields)

/** A program as the evaluator takes it, optionally with draft rules in place of its own. */
export async function programForRewards(
  container: MedusaContainer,
  id: string,
  draftRules?: { name: string; definition: unknown }[]
): Promise<ProgramForRewards> {
  const program = await refetchRewardProgram(container, id, rewardProgramFields)
  const rules = draftRules
    ? draftRules.map((rule, index) => ({ id: `draft_${index + 1}`, name: rule.name, is_active: true, definition: rule.definition }))
    : program.rules
  return {
    ...program,
    rules: rules.map((rule: { definition: unknown }) => ({ ...rule, definition: rule.definition as RewardRuleDefinition })),
  } as ProgramForRewards
}
