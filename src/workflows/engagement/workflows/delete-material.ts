import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteMaterialStep } from "../steps/delete-material-step"

export const deleteMaterialWorkflowId = "dealer-network-delete-material"

/** Takes a material out of the catalogue; its requests keep their lines. */
export const deleteMaterialWorkflow = createWorkflow(deleteMaterialWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deleteMaterialStep(input))
})
