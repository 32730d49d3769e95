import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEventStep, CreateEventInput } from "../steps/create-event-step"

export const createEventWorkflowId = "dealer-network-create-event"
export type { CreateEventInput }

/** A draft event; dealers see it once it is published. */
export const createEventWorkflow = createWorkflow(createEventWorkflowId, (input: CreateEventInput) => {
  return new WorkflowResponse(createEventStep(input))
})
