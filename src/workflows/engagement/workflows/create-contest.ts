import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createContestStep, CreateContestInput } from "../steps/create-contest-step"

export const createContestWorkflowId = "dealer-network-create-contest"
export type { CreateContestInput }

/** A draft contest; its participants see it once it runs. */
export const createContestWorkflow = createWorkflow(createContestWorkflowId, (input: CreateContestInput) => {
  return new WorkflowResponse(createContestStep(input))
})
