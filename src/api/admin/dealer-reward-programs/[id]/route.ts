import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RewardProgramUpdateInput } from "../../../../modules/rewards/schemas"
import { updateRewardProgramWorkflow } from "../../../../workflows/rewards/workflows/update-reward-program"
import { refetchRewardProgram } from "../helpers"
import type { Sendable } from "../../../../types/http"
import type { RewardProgramResponse } from "../../../../types/rewards"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<RewardProgramResponse>>) => {
  res.json({ program: await refetchRewardProgram(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<RewardProgramUpdateInput>,
  res: MedusaResponse<Sendable<RewardProgramResponse>>
) => {
  await refetchRewardProgram(req.scope, req.params.id, ["id"])
  await updateRewardProgramWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ program: await refetchRewardProgram(req.scope, req.params.id, req.queryConfig.fields) })
}
