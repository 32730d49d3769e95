import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewTiersWorkflow } from "../../../../workflows/sales-plan/workflows/review-tiers"
import type { AdminReviewDealerTiersType } from "../validators"

/** Runs the tier review now (for `period`, the previous month by default); answers the changes and alerts. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReviewDealerTiersType>,
  res: MedusaResponse
) => {
  const { result } = await reviewTiersWorkflow(req.scope).run({
    input: { period: req.validatedBody.period },
  })
  res.json(result)
}
