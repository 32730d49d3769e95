import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reverseOrderContributionsStep } from "../steps/reverse-order-contributions-step"

export const reverseCanceledOrderWorkflowId = "dealer-network-reverse-canceled-order"

/** A canceled order takes back everything it contributed, once. */
export const reverseCanceledOrderWorkflow = createWorkflow(
  reverseCanceledOrderWorkflowId,
  (input: { order_id: string }) =>
    new WorkflowResponse(
      reverseOrderContributionsStep({ order_id: input.order_id, cause: "order_canceled", source_id: input.order_id })
    )
)
