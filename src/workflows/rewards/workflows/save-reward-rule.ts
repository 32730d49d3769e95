import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveRewardRuleStep, SaveRewardRuleStepInput } from "../steps/save-reward-rule-step"

export const saveRewardRuleWorkflowId = "dealer-network-save-reward-rule"

/** Adds a rule to a program or changes one. */
export const saveRewardRuleWorkflow = createWorkflow(
  saveRewardRuleWorkflowId,
  (input: SaveRewardRuleStepInput) => new WorkflowResponse(saveRewardRuleStep(input))
)
