import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  terminateAgreementStep,
  TerminateAgreementStepInput,
} from "../steps/terminate-agreement-step"

export const terminateAgreementWorkflowId = "dealer-network-terminate-agreement"

/** Ends an active agreement early, with a reason. */
export const terminateAgreementWorkflow = createWorkflow(
  terminateAgreementWorkflowId,
  (input: TerminateAgreementStepInput) => new WorkflowResponse(terminateAgreementStep(input))
)
