import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSeasonalityProfileStep, SeasonalityProfileInput } from "../steps/create-seasonality-profile-step"

export const createSeasonalityProfileWorkflowId = "dealer-network-create-seasonality-profile"

/** A seasonality profile: 12 monthly weights that split annual targets; its name must be unused. */
export const createSeasonalityProfileWorkflow = createWorkflow(
  createSeasonalityProfileWorkflowId,
  (input: SeasonalityProfileInput) => new WorkflowResponse(createSeasonalityProfileStep(input))
)
