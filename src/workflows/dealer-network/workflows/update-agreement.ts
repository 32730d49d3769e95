import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateDraftAgreementStep,
  UpdateDraftAgreementStepInput,
} from "../steps/update-draft-agreement-step"
import { validateAgreementPriceListStep } from "../steps/validate-agreement-price-list-step"

export const updateAgreementWorkflowId = "dealer-network-update-agreement"

/** Changes a draft agreement; signed agreements change through a new version. */
export const updateAgreementWorkflow = createWorkflow(
  updateAgreementWorkflowId,
  (input: UpdateDraftAgreementStepInput) => {
    const priceList = transform({ input }, ({ input }) => ({ price_list_id: input.update.price_list_id }))
    validateAgreementPriceListStep(priceList)
    return new WorkflowResponse(updateDraftAgreementStep(input))
  }
)
