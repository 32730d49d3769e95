import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteTierStep } from "../steps/delete-tier-step"

export const deleteTierWorkflowId = "dealer-network-delete-tier"

/** Removes a tier that no dealer holds. */
export const deleteTierWorkflow = createWorkflow(deleteTierWorkflowId, (input: { id: string }) => {
  const id = transform({ input }, ({ input }) => input.id)
  return new WorkflowResponse(deleteTierStep(id))
})
