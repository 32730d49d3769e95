import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteTerritoryStep } from "../steps/delete-territory-step"

export const deleteTerritoryWorkflowId = "dealer-network-delete-territory"

/** Removes a territory with nothing below it and no zones in it. */
export const deleteTerritoryWorkflow = createWorkflow(
  deleteTerritoryWorkflowId,
  (input: { id: string }) => {
    const id = transform({ input }, ({ input }) => input.id)
    return new WorkflowResponse(deleteTerritoryStep(id))
  }
)
