import { linkCustomersToCustomerGroupStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteDealerMembersStep,
  DeleteDealerMembersStepInput,
} from "../steps/delete-dealer-members-step"

export const removeDealerMembersWorkflowId = "dealer-network-remove-dealer-members"

/** Ends memberships and takes the customers out of the dealer's customer group. */
export const removeDealerMembersWorkflow = createWorkflow(
  removeDealerMembersWorkflowId,
  (input: DeleteDealerMembersStepInput) => {
    const { data: dealers } = useQueryGraphStep({
      entity: "dealer",
      fields: ["id", "customer_group_id"],
      filters: { id: input.dealer_id },
      options: { throwIfKeyNotFound: true },
    })
    const removed = deleteDealerMembersStep(input)
    const groupLink = transform({ dealers, removed }, ({ dealers, removed }) => ({
      id: dealers[0].customer_group_id as string,
      remove: removed.map((m) => m.customer_id),
    }))
    linkCustomersToCustomerGroupStep(groupLink)
    return new WorkflowResponse(removed)
  }
)
