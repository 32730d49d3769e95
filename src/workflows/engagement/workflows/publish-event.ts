import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { publishEventStep } from "../steps/publish-event-step"

export const publishEventWorkflowId = "dealer-network-publish-event"

/** Opens a draft event to its audience's registrations. */
export const publishEventWorkflow = createWorkflow(publishEventWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(publishEventStep(input))
})
