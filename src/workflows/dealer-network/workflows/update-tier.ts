import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealerPriceListsStep } from "../../wholesale/steps/sync-dealer-price-lists-step"
import { updateTierStep, UpdateTierStepInput } from "../steps/update-tier-step"

export const updateTierWorkflowId = "dealer-network-update-tier"

/** Changes a tier; a new discount reaches the prices of every dealer in it. */
export const updateTierWorkflow = createWorkflow(updateTierWorkflowId, (input: UpdateTierStepInput) => {
  const tier = updateTierStep(input)
  syncDealerPriceListsStep(transform({ tier }, ({ tier }) => ({ tier_ids: [tier.id] })))
  return new WorkflowResponse(tier)
})
