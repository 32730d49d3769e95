import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateRewardProgramStep, UpdateRewardProgramStepInput } from "../steps/update-reward-program-step"

export const updateRewardProgramWorkflowId = "dealer-network-update-reward-program"

export const updateRewardProgramWorkflow = createWorkflow(
  updateRewardProgramWorkflowId,
  (input: UpdateRewardProgramStepInput) => new WorkflowResponse(updateRewardProgramStep(input))
)
