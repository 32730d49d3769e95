import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealerPriceListsStep } from "../../wholesale/steps/sync-dealer-price-lists-step"
import {
  terminateAgreementStep,
  TerminateAgreementStepInput,
} from "../steps/terminate-agreement-step"

export const terminateAgreementWorkflowId = "dealer-network-terminate-agreement"

/** Ends an active agreement early, with a reason; the dealer's prices end with it. */
export const terminateAgreementWorkflow = createWorkflow(
  terminateAgreementWorkflowId,
  (input: TerminateAgreementStepInput) => {
    const agreement = terminateAgreementStep(input)
    syncDealerPriceListsStep(transform({ agreement }, ({ agreement }) => ({ dealer_ids: [agreement.dealer_id] })))
    return new WorkflowResponse(agreement)
  }
)
