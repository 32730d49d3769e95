import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../../types/dealer-network"
import { createDealerMembersStep } from "../steps/create-dealer-members-step"
import { resolveDealerCustomerGroupStep } from "../steps/resolve-dealer-customer-group-step"

export type AddDealerMembersWorkflowInput = {
  dealer_id: string
  members: { customer_id: string; role: MemberRole }[]
}

export const addDealerMembersWorkflowId = "dealer-network-add-dealer-members"

/** Makes customers members of a dealer and of its customer group (its prices); a dealer without a group is refused. */
export const addDealerMembersWorkflow = createWorkflow(
  addDealerMembersWorkflowId,
  (input: AddDealerMembersWorkflowInput) => {
    const groupId = resolveDealerCustomerGroupStep(
      transform({ input }, ({ input }) => ({ dealer_id: input.dealer_id, required: true }))
    )
    const members = transform({ input }, ({ input }) =>
      input.members.map((m) => ({ ...m, dealer_id: input.dealer_id }))
    )
    const created = createDealerMembersStep(members)
    const groupLink = transform({ groupId, input }, ({ groupId, input }) => ({
      id: groupId as string,
      add: input.members.map((m) => m.customer_id),
    }))
    linkCustomersToCustomerGroupStep(groupLink)
    return new WorkflowResponse(created)
  }
)
