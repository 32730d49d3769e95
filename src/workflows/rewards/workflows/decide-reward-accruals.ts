import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideRewardAccrualsStep, DecideRewardAccrualsInput } from "../steps/decide-reward-accruals-step"

export const decideRewardAccrualsWorkflowId = "dealer-network-decide-reward-accruals"

/** Bulk approval (to the wallets) or rejection with a reason of reward accruals. */
export const decideRewardAccrualsWorkflow = createWorkflow(
  decideRewardAccrualsWorkflowId,
  (input: DecideRewardAccrualsInput) => new WorkflowResponse(decideRewardAccrualsStep(input))
)
