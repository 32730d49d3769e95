import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTerritoryStep, UpdateTerritoryStepInput } from "../steps/update-territory-step"

export const updateTerritoryWorkflowId = "dealer-network-update-territory"

export const updateTerritoryWorkflow = createWorkflow(
  updateTerritoryWorkflowId,
  (input: UpdateTerritoryStepInput) => {
    return new WorkflowResponse(updateTerritoryStep(input))
  }
)
