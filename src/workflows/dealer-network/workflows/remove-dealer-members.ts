import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteDealerMembersStep,
  DeleteDealerMembersStepInput,
} from "../steps/delete-dealer-members-step"
import { resolveDealerCustomerGroupStep } from "../steps/resolve-dealer-customer-group-step"

export const removeDealerMembersWorkflowId = "dealer-network-remove-dealer-members"

/** Ends memberships and takes the customers out of the dealer's customer group, when it has one. */
export const removeDealerMembersWorkflow = createWorkflow(
  removeDealerMembersWorkflowId,
  (input: DeleteDealerMembersStepInput) => {
    const groupId = resolveDealerCustomerGroupStep(
      transform({ input }, ({ input }) => ({ dealer_id: input.dealer_id, required: false }))
    )
    const removed = deleteDealerMembersStep(input)
    when({ groupId }, ({ groupId }) => Boolean(groupId)).then(() => {
      const groupLink = transform({ groupId, removed }, ({ groupId, removed }) => ({
        id: groupId as string,
        remove: removed.map((m) => m.customer_id),
      }))
      linkCustomersToCustomerGroupStep(groupLink)
    })
    return new WorkflowResponse(removed)
  }
)
