import { deleteCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteDealerStep } from "../steps/delete-dealer-step"

export const deleteDealerWorkflowId = "dealer-network-delete-dealer"

/** Removes a dealer with no partners below it, and its customer group. */
export const deleteDealerWorkflow = createWorkflow(
  deleteDealerWorkflowId,
  (input: { id: string }) => {
    const dealer = deleteDealerStep(input.id)
    when({ dealer }, ({ dealer }) => Boolean(dealer.customer_group_id)).then(() => {
      const groupIds = transform({ dealer }, ({ dealer }) => [dealer.customer_group_id!])
      deleteCustomerGroupStep(groupIds)
    })
    return new WorkflowResponse(dealer)
  }
)
