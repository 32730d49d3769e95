import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSeasonalityProfileStep } from "../steps/delete-seasonality-profile-step"

export const deleteSeasonalityProfileWorkflowId = "dealer-network-delete-seasonality-profile"

/** Removes a seasonality profile. */
export const deleteSeasonalityProfileWorkflow = createWorkflow(
  deleteSeasonalityProfileWorkflowId,
  (input: { id: string }) => {
    const id = transform({ input }, ({ input }) => input.id)
    return new WorkflowResponse(deleteSeasonalityProfileStep(id))
  }
)
