import { createCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateDealerInput } from "../../../types/dealer-network"
import { createDealerStep } from "../steps/create-dealer-step"
import { updateDealerStep } from "../steps/update-dealer-step"
import { dealerCustomerGroupName } from "../utils"

export const createDealerWorkflowId = "dealer-network-create-dealer"

/** A dealer with its own customer group, which carries its pricing terms. */
export const createDealerWorkflow = createWorkflow(
  createDealerWorkflowId,
  (input: CreateDealerInput) => {
    const dealer = createDealerStep(input)
    const groupInput = transform({ dealer }, ({ dealer }) => [
      { name: dealerCustomerGroupName(dealer), metadata: { dealer_id: dealer.id } },
    ])
    const groups = createCustomerGroupsStep(groupInput)
    const update = transform({ dealer, groups }, ({ dealer, groups }) => ({
      id: dealer.id,
      update: { customer_group_id: groups[0].id },
    }))
    const linked = updateDealerStep(update).config({ name: "dealer-network-set-dealer-customer-group" })
    return new WorkflowResponse(linked)
  }
)
