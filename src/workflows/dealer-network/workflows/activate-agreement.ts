import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealerPriceListsStep } from "../../wholesale/steps/sync-dealer-price-lists-step"
import { activateAgreementStep } from "../steps/activate-agreement-step"

export const activateAgreementWorkflowId = "dealer-network-activate-agreement"

/** Puts a draft agreement in force, makes its dealer active and gives its buyers the agreed prices. */
export const activateAgreementWorkflow = createWorkflow(
  activateAgreementWorkflowId,
  (input: { id: string }) => {
    const agreement = activateAgreementStep(input.id)
    syncDealerPriceListsStep(transform({ agreement }, ({ agreement }) => ({ dealer_ids: [agreement.dealer_id] })))
    return new WorkflowResponse(agreement)
  }
)
