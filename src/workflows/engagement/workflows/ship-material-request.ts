import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { shipMaterialRequestStep, ShipMaterialRequestInput } from "../steps/ship-material-request-step"

export const shipMaterialRequestWorkflowId = "dealer-network-ship-material-request"
export type { ShipMaterialRequestInput }

/** The admin marks a request shipped from the marketing stock, with a tracking note. */
export const shipMaterialRequestWorkflow = createWorkflow(shipMaterialRequestWorkflowId, (input: ShipMaterialRequestInput) => {
  return new WorkflowResponse(shipMaterialRequestStep(input))
})
