import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RewardRuleInput } from "../../../../../modules/rewards/schemas"
import { saveRewardRuleWorkflow } from "../../../../../workflows/rewards/workflows/save-reward-rule"
import { refetchRewardProgram } from "../../helpers"
import { rewardProgramFields } from "../../query-config"

export const POST = async (req: AuthenticatedMedusaRequest<RewardRuleInput>, res: MedusaResponse) => {
  await refetchRewardProgram(req.scope, req.params.id, ["id"])
  const { result } = await saveRewardRuleWorkflow(req.scope).run({
    input: { program_id: req.params.id, rule: req.validatedBody },
  })
  res.status(201).json({ rule: result, program: await refetchRewardProgram(req.scope, req.params.id, rewardProgramFields) })
}
