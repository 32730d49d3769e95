import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireAgreementsStep } from "../steps/expire-agreements-step"

export const expireAgreementsWorkflowId = "dealer-network-expire-agreements"

export type ExpireAgreementsWorkflowInput = {
  /** The moment to compare validity ends with; now when left out. */
  now?: Date | string
}

/** Marks active agreements whose validity has ended as expired; returns their ids. */
export const expireAgreementsWorkflow = createWorkflow(
  expireAgreementsWorkflowId,
  (input: ExpireAgreementsWorkflowInput) => new WorkflowResponse(expireAgreementsStep(input))
)
