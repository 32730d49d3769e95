import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelEventRegistrationStep, CancelEventRegistrationInput } from "../steps/cancel-event-registration-step"
import { refundEventSharesStep } from "../steps/refund-event-shares-step"

export const cancelEventRegistrationWorkflowId = "dealer-network-cancel-event-registration"
export type { CancelEventRegistrationInput }

/** Frees a registration's seats; its share goes back to the wallet before the cancellation deadline, not after. */
export const cancelEventRegistrationWorkflow = createWorkflow(
  cancelEventRegistrationWorkflowId,
  (input: CancelEventRegistrationInput) => {
    const released = cancelEventRegistrationStep(input)
    refundEventSharesStep(released)
    return new WorkflowResponse(input)
  }
)
