import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteDraftAgreementStep } from "../steps/delete-draft-agreement-step"

export const deleteAgreementWorkflowId = "dealer-network-delete-agreement"

/** Deletes a draft agreement. */
export const deleteAgreementWorkflow = createWorkflow(
  deleteAgreementWorkflowId,
  (input: { id: string }) => new WorkflowResponse(deleteDraftAgreementStep(input.id))
)
