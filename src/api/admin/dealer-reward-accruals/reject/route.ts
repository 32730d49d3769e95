import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideRewardAccrualsWorkflow } from "../../../../workflows/rewards/workflows/decide-reward-accruals"
import type { AdminRejectRewardAccrualsType } from "../validators"
import type { Sendable } from "../../../../types/http"
import type { RejectedAccrualsResponse } from "../../../../types/rewards"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectRewardAccrualsType>,
  res: MedusaResponse<Sendable<RejectedAccrualsResponse>>
) => {
  const { result } = await decideRewardAccrualsWorkflow(req.scope).run({
    input: { decision: "reject", ...req.validatedBody, decided_by: req.auth_context.actor_id },
  })
  res.json({ rejected: result, skipped: req.validatedBody.ids.filter((id) => !result.includes(id)) })
}
