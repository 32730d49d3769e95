import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTierStep, UpdateTierStepInput } from "../steps/update-tier-step"

export const updateTierWorkflowId = "dealer-network-update-tier"

export const updateTierWorkflow = createWorkflow(updateTierWorkflowId, (input: UpdateTierStepInput) => {
  return new WorkflowResponse(updateTierStep(input))
})
