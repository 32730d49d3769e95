import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateTerritoryInput } from "../../../types/dealer-network"
import { createTerritoryStep } from "../steps/create-territory-step"

export const createTerritoryWorkflowId = "dealer-network-create-territory"

export const createTerritoryWorkflow = createWorkflow(
  createTerritoryWorkflowId,
  (input: CreateTerritoryInput) => {
    return new WorkflowResponse(createTerritoryStep(input))
  }
)
