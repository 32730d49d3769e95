import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteZoneStep } from "../steps/delete-zone-step"

export const deleteZoneWorkflowId = "dealer-network-delete-zone"

export const deleteZoneWorkflow = createWorkflow(deleteZoneWorkflowId, (input: { id: string }) => {
  const id = transform({ input }, ({ input }) => input.id)
  return new WorkflowResponse(deleteZoneStep(id))
})
