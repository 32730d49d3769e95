import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTierStep, CreateTierInput } from "../steps/create-tier-step"

export const createTierWorkflowId = "dealer-network-create-tier"

/** A partner tier; rank and name must be unused. */
export const createTierWorkflow = createWorkflow(createTierWorkflowId, (input: CreateTierInput) => {
  return new WorkflowResponse(createTierStep(input))
})
