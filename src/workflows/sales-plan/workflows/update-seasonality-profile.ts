import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateSeasonalityProfileStep,
  UpdateSeasonalityProfileStepInput,
} from "../steps/update-seasonality-profile-step"

export const updateSeasonalityProfileWorkflowId = "dealer-network-update-seasonality-profile"

/** Changes a seasonality profile's name, weights or description. */
export const updateSeasonalityProfileWorkflow = createWorkflow(
  updateSeasonalityProfileWorkflowId,
  (input: UpdateSeasonalityProfileStepInput) => new WorkflowResponse(updateSeasonalityProfileStep(input))
)
