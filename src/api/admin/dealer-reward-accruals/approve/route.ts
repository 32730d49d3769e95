import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideRewardAccrualsWorkflow } from "../../../../workflows/rewards/workflows/decide-reward-accruals"
import type { AdminApproveRewardAccrualsType } from "../validators"
import type { Sendable } from "../../../../types/http"
import type { ApprovedAccrualsResponse } from "../../../../types/rewards"

/** Bulk approval: pending accruals go to the dealers' wallets; others are left as they are. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveRewardAccrualsType>,
  res: MedusaResponse<Sendable<ApprovedAccrualsResponse>>
) => {
  const { result } = await decideRewardAccrualsWorkflow(req.scope).run({
    input: { decision: "approve", ids: req.validatedBody.ids, decided_by: req.auth_context.actor_id },
  })
  res.json({ approved: result, skipped: req.validatedBody.ids.filter((id) => !result.includes(id)) })
}
