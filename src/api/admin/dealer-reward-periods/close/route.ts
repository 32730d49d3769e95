import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeRewardPeriodWorkflow } from "../../../../workflows/rewards/workflows/close-reward-period"
import type { AdminCloseRewardPeriodType } from "../validators"
import type { Sendable } from "../../../../types/http"
import type { PeriodCloseResponse } from "../../../../types/rewards"

/** Period close on demand, for any period: accrues what each participant earned beyond earlier accruals. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCloseRewardPeriodType>,
  res: MedusaResponse<Sendable<PeriodCloseResponse>>
) => {
  const { result } = await closeRewardPeriodWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ close: result })
}
