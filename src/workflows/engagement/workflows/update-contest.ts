import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateContestStep, UpdateContestInput } from "../steps/update-contest-step"

export const updateContestWorkflowId = "dealer-network-update-contest"

/** Changes a draft or running contest (a running one keeps its audience, metric, currency, start and prize kind). */
export const updateContestWorkflow = createWorkflow(updateContestWorkflowId, (input: UpdateContestInput) => {
  return new WorkflowResponse(updateContestStep(input))
})
