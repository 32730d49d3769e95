import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateAgreementInput } from "../../../types/dealer-network"
import { createDraftAgreementStep } from "../steps/create-draft-agreement-step"
import { validateAgreementPricingStep } from "../steps/validate-agreement-pricing-step"
import { validateAgreementProgramsStep } from "../steps/validate-agreement-programs-step"

export const createAgreementWorkflowId = "dealer-network-create-agreement"

/** A draft partnership agreement for a dealer, numbered per dealer unless a number is given. */
export const createAgreementWorkflow = createWorkflow(
  createAgreementWorkflowId,
  (input: CreateAgreementInput) => {
    const pricing = transform({ input }, ({ input }) => ({
      price_list_id: input.price_list_id,
      price_terms: input.price_terms,
    }))
    validateAgreementPricingStep(pricing)
    validateAgreementProgramsStep(transform({ input }, ({ input }) => ({ reward_program_ids: input.reward_program_ids })))
    return new WorkflowResponse(createDraftAgreementStep(input))
  }
)
