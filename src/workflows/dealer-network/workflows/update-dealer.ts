import { updateCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealerPriceListsStep } from "../../wholesale/steps/sync-dealer-price-lists-step"
import { DealerTermination, terminateDealerAgreementsStep } from "../steps/terminate-dealer-agreements-step"
import { updateDealerStep, UpdateDealerStepInput } from "../steps/update-dealer-step"
import { dealerCustomerGroupName } from "../utils"

export const updateDealerWorkflowId = "dealer-network-update-dealer"

export type UpdateDealerWorkflowInput = UpdateDealerStepInput & { termination?: DealerTermination }

/**
 * Updates a dealer (tree rules checked) and keeps its customer group's name in
 * step; a new status or tier changes its prices. Terminating a dealer ends its
 * agreements with the termination's date and reason.
 */
export const updateDealerWorkflow = createWorkflow(
  updateDealerWorkflowId,
  (input: UpdateDealerWorkflowInput) => {
    when({ input }, ({ input }) => Boolean(input.termination)).then(() => {
      terminateDealerAgreementsStep(
        transform({ input }, ({ input }) => ({ dealer_id: input.id, termination: input.termination! }))
      )
    })
    const dealer = updateDealerStep(transform({ input }, ({ input }) => ({ id: input.id, update: input.update })))
    when({ dealer, input }, ({ dealer, input }) =>
      Boolean(dealer.customer_group_id && (input.update.name || input.update.code))
    ).then(() => {
      const groupUpdate = transform({ dealer }, ({ dealer }) => ({
        selector: { id: dealer.customer_group_id! },
        update: { name: dealerCustomerGroupName(dealer) },
      }))
      updateCustomerGroupsStep(groupUpdate)
    })
    when({ input }, ({ input }) => input.update.status !== undefined || input.update.tier_id !== undefined).then(
      () => {
        syncDealerPriceListsStep(transform({ dealer }, ({ dealer }) => ({ dealer_ids: [dealer.id] })))
      }
    )
    return new WorkflowResponse(dealer)
  }
)
