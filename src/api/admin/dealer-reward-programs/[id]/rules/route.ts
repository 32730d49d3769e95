import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RewardRuleDefinition } from "../../../../../lib/reward-rules"
import type { RewardRuleInput } from "../../../../../modules/rewards/schemas"
import { saveRewardRuleWorkflow } from "../../../../../workflows/rewards/workflows/save-reward-rule"
import { refetchRewardProgram } from "../../helpers"
import { rewardProgramFields } from "../../query-config"
import type { Sendable } from "../../../../../types/http"
import type { RewardProgramResponse, RewardRuleResponse } from "../../../../../types/rewards"

export const POST = async (
  req: AuthenticatedMedusaRequest<RewardRuleInput>,
  res: MedusaResponse<Sendable<RewardRuleResponse & RewardProgramResponse>>
) => {
  await refetchRewardProgram(req.scope, req.params.id, ["id"])
  const { result } = await saveRewardRuleWorkflow(req.scope).run({
    input: { program_id: req.params.id, rule: req.validatedBody },
  })
  // The model types the rule JSON as a record; the validator checked its shape.
  const rule = result as typeof result & { definition: RewardRuleDefinition }
  res.status(201).json({ rule, program: await refetchRewardProgram(req.scope, req.params.id, rewardProgramFields) })
}
