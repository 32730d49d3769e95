import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RatingWeightChanges, saveRatingWeightsStep } from "../steps/save-rating-weights-step"

export const saveRatingWeightsWorkflowId = "dealer-network-save-rating-weights"

/** The admin's rating weights, each overriding the plugin option `ratingWeights`. */
export const saveRatingWeightsWorkflow = createWorkflow(saveRatingWeightsWorkflowId, (input: RatingWeightChanges) => {
  return new WorkflowResponse(saveRatingWeightsStep(input))
})
