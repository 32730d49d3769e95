import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealerPriceListsStep } from "../../wholesale/steps/sync-dealer-price-lists-step"
import { expireAgreementsStep } from "../steps/expire-agreements-step"

export const expireAgreementsWorkflowId = "dealer-network-expire-agreements"

export type ExpireAgreementsWorkflowInput = {
  /** The moment to compare validity ends with; now when left out. */
  now?: Date | string
}

/**
 * Marks active agreements whose validity has ended as expired and moves their
 * dealers' prices to the version in force now (or ends them); returns the ids.
 */
export const expireAgreementsWorkflow = createWorkflow(
  expireAgreementsWorkflowId,
  (input: ExpireAgreementsWorkflowInput) => {
    const ids = expireAgreementsStep(input)
    syncDealerPriceListsStep(transform({ ids }, ({ ids }) => ({ agreement_ids: ids })))
    return new WorkflowResponse(ids)
  }
)
