import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RewardRuleDefinition } from "../../../../../../lib/reward-rules"
import type { RewardRuleInput } from "../../../../../../modules/rewards/schemas"
import { deleteRewardRuleWorkflow } from "../../../../../../workflows/rewards/workflows/delete-reward-rule"
import { saveRewardRuleWorkflow } from "../../../../../../workflows/rewards/workflows/save-reward-rule"
import { refetchRewardProgram } from "../../../helpers"
import type { DeleteResponse, Sendable } from "../../../../../../types/http"
import type { RewardRuleResponse } from "../../../../../../types/rewards"

export const POST = async (
  req: AuthenticatedMedusaRequest<Partial<RewardRuleInput>>,
  res: MedusaResponse<Sendable<RewardRuleResponse>>
) => {
  await refetchRewardProgram(req.scope, req.params.id, ["id"])
  const { result } = await saveRewardRuleWorkflow(req.scope).run({
    input: { program_id: req.params.id, rule_id: req.params.rule_id, rule: req.validatedBody },
  })
  // The model types the rule JSON as a record; the validator checked its shape.
  res.json({ rule: result as typeof result & { definition: RewardRuleDefinition } })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DeleteResponse>>) => {
  await refetchRewardProgram(req.scope, req.params.id, ["id"])
  const { result } = await deleteRewardRuleWorkflow(req.scope).run({
    input: { program_id: req.params.id, rule_id: req.params.rule_id },
  })
  res.json({ id: req.params.rule_id, object: "dealer_reward_rule", deleted: result !== null })
}
