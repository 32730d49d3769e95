import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { activateAgreementStep } from "../steps/activate-agreement-step"

export const activateAgreementWorkflowId = "dealer-network-activate-agreement"

/** Puts a draft agreement in force and makes its dealer active. */
export const activateAgreementWorkflow = createWorkflow(
  activateAgreementWorkflowId,
  (input: { id: string }) => new WorkflowResponse(activateAgreementStep(input.id))
)
