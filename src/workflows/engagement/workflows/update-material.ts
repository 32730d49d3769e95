import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMaterialStep, UpdateMaterialInput } from "../steps/update-material-step"

export const updateMaterialWorkflowId = "dealer-network-update-material"
export type { UpdateMaterialInput }

/** Changes a material's catalogue fields (not its stock); placed requests keep what they were placed with. */
export const updateMaterialWorkflow = createWorkflow(updateMaterialWorkflowId, (input: UpdateMaterialInput) => {
  return new WorkflowResponse(updateMaterialStep(input))
})
