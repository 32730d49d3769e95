import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteRewardRuleStep } from "../steps/delete-reward-rule-step"

export const deleteRewardRuleWorkflowId = "dealer-network-delete-reward-rule"

export const deleteRewardRuleWorkflow = createWorkflow(
  deleteRewardRuleWorkflowId,
  (input: { program_id: string; rule_id: string }) => new WorkflowResponse(deleteRewardRuleStep(input))
)
