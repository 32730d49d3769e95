import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMaterialStep, MaterialFields } from "../steps/create-material-step"

export const createMaterialWorkflowId = "dealer-network-create-material"
export type { MaterialFields }

/** A material in the marketing catalogue, priced in points. */
export const createMaterialWorkflow = createWorkflow(createMaterialWorkflowId, (input: MaterialFields) => {
  return new WorkflowResponse(createMaterialStep(input))
})
