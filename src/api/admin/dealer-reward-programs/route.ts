import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RewardProgramInput } from "../../../modules/rewards/schemas"
import { createRewardProgramWorkflow } from "../../../workflows/rewards/workflows/create-reward-program"
import { listPage } from "../../utils/list-page"
import { refetchRewardProgram } from "./helpers"
import type { Sendable } from "../../../types/http"
import type { RewardProgramListResponse, RewardProgramResponse } from "../../../types/rewards"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Sendable<RewardProgramListResponse>>
) => {
  const { data: programs, page } = await listPage(req, "dealer_reward_program")
  res.json({ programs, ...page })
}

/** A program with its rules (each rule's JSON checked part by part). */
export const POST = async (
  req: AuthenticatedMedusaRequest<RewardProgramInput>,
  res: MedusaResponse<Sendable<RewardProgramResponse>>
) => {
  const { result } = await createRewardProgramWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ program: await refetchRewardProgram(req.scope, result.id, req.queryConfig.fields) })
}
