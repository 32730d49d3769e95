import { linkCustomersToCustomerGroupStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../../types/dealer-network"
import { createDealerMembersStep } from "../steps/create-dealer-members-step"

export type AddDealerMembersWorkflowInput = {
  dealer_id: string
  members: { customer_id: string; role: MemberRole }[]
}

export const addDealerMembersWorkflowId = "dealer-network-add-dealer-members"

/** Makes customers members of a dealer and of its customer group (its prices). */
export const addDealerMembersWorkflow = createWorkflow(
  addDealerMembersWorkflowId,
  (input: AddDealerMembersWorkflowInput) => {
    const { data: dealers } = useQueryGraphStep({
      entity: "dealer",
      fields: ["id", "customer_group_id"],
      filters: { id: input.dealer_id },
      options: { throwIfKeyNotFound: true },
    })
    const members = transform({ input }, ({ input }) =>
      input.members.map((m) => ({ ...m, dealer_id: input.dealer_id }))
    )
    const created = createDealerMembersStep(members)
    const groupLink = transform({ dealers, input }, ({ dealers, input }) => ({
      id: dealers[0].customer_group_id as string,
      add: input.members.map((m) => m.customer_id),
    }))
    linkCustomersToCustomerGroupStep(groupLink)
    return new WorkflowResponse(created)
  }
)
