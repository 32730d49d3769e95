import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateDraftAgreementStep,
  UpdateDraftAgreementStepInput,
} from "../steps/update-draft-agreement-step"
import { validateAgreementPricingStep } from "../steps/validate-agreement-pricing-step"
import { validateAgreementProgramsStep } from "../steps/validate-agreement-programs-step"

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
    validateAgreementProgramsStep(transform({ input }, ({ input }) => ({ reward_program_ids: input.update.reward_program_ids })))
    return new WorkflowResponse(updateDraftAgreementStep(input))
  }
)
