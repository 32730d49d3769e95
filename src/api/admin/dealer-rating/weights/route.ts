import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ENGAGEMENT_MODULE } from "../../../../modules/engagement"
import type EngagementModuleService from "../../../../modules/engagement/service"
import type { RatingWeightsResponse } from "../../../../types/engagement"
import type { Sendable } from "../../../../types/http"
import { saveRatingWeightsWorkflow } from "../../../../workflows/engagement/workflows/save-rating-weights"
import type { AdminUpdateRatingWeightsType } from "../validators"

/** The rating weights in force, where each comes from, and what they fall back to without the admin's. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<RatingWeightsResponse>>) => {
  const engagement: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  res.json(await engagement.getRatingWeights())
}

/** Changes the admin's weights; a null weight goes back to the plugin option (or the default). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateRatingWeightsType>,
  res: MedusaResponse<Sendable<RatingWeightsResponse>>
) => {
  const { result } = await saveRatingWeightsWorkflow(req.scope).run({ input: req.validatedBody.weights })
  res.json(result)
}
