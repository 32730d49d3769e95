import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelEventStep } from "../steps/cancel-event-step"
import { refundEventSharesStep } from "../steps/refund-event-shares-step"

export const cancelEventWorkflowId = "dealer-network-cancel-event"

/** Cancels an event: every registration is cancelled and its share refunded, whatever the deadline. */
export const cancelEventWorkflow = createWorkflow(cancelEventWorkflowId, (input: { id: string }) => {
  const released = cancelEventStep(input)
  refundEventSharesStep(released)
  return new WorkflowResponse(input)
})
