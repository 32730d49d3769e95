import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateEventStep, UpdateEventInput } from "../steps/update-event-step"

export const updateEventWorkflowId = "dealer-network-update-event"
export type { UpdateEventInput }

/** Changes a draft or published event; its cost stays as charged once dealers registered. */
export const updateEventWorkflow = createWorkflow(updateEventWorkflowId, (input: UpdateEventInput) => {
  return new WorkflowResponse(updateEventStep(input))
})
