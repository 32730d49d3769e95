import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RewardProgramInput } from "../../../modules/rewards/schemas"
import { createRewardProgramStep } from "../steps/create-reward-program-step"

export const createRewardProgramWorkflowId = "dealer-network-create-reward-program"

export const createRewardProgramWorkflow = createWorkflow(
  createRewardProgramWorkflowId,
  (input: RewardProgramInput) => new WorkflowResponse(createRewardProgramStep(input))
)
