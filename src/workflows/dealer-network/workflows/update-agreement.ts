import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateDraftAgreementStep,
  UpdateDraftAgreementStepInput,
} from "../steps/update-draft-agreement-step"
import { validateAgreementPricingStep } from "../steps/validate-agreement-pricing-step"

export const updateAgreementWorkflowId = "dealer-network-update-agreement"

/** Changes a draft agreement; signed agreements change through a new version. */
export const updateAgreementWorkflow = createWorkflow(
  updateAgreementWorkflowId,
  (input: UpdateDraftAgreementStepInput) => {
    const pricing = transform({ input }, ({ input }) => ({
      price_list_id: input.update.price_list_id,
      price_terms: input.update.price_terms,
    }))
    validateAgreementPricingStep(pricing)
    return new WorkflowResponse(updateDraftAgreementStep(input))
  }
)
