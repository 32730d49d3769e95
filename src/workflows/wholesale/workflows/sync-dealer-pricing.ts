import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealerPriceListsStep, SyncDealerPriceListsInput } from "../steps/sync-dealer-price-lists-step"

export const syncDealerPricingWorkflowId = "dealer-network-sync-dealer-pricing"

/** Rebuilds dealers' price lists from their agreements in force and tiers. */
export const syncDealerPricingWorkflow = createWorkflow(
  syncDealerPricingWorkflowId,
  (input: SyncDealerPriceListsInput) => new WorkflowResponse(syncDealerPriceListsStep(input))
)
