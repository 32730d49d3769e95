import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncDealerPriceListsStep } from "../../wholesale/steps/sync-dealer-price-lists-step"
import {
  createAgreementVersionStep,
  CreateAgreementVersionStepInput,
} from "../steps/create-agreement-version-step"
import { validateAgreementPricingStep } from "../steps/validate-agreement-pricing-step"
import { validateAgreementProgramsStep } from "../steps/validate-agreement-programs-step"

export const createAgreementVersionWorkflowId = "dealer-network-create-agreement-version"

/**
 * A new version of an active agreement, in force from a date, with the changed
 * terms; the dealer's prices follow when it is in force already.
 */
export const createAgreementVersionWorkflow = createWorkflow(
  createAgreementVersionWorkflowId,
  (input: CreateAgreementVersionStepInput) => {
    const pricing = transform({ input }, ({ input }) => ({
      price_list_id: input.version.price_list_id,
      price_terms: input.version.price_terms,
    }))
    validateAgreementPricingStep(pricing)
    validateAgreementProgramsStep(transform({ input }, ({ input }) => ({ reward_program_ids: input.version.reward_program_ids })))
    const version = createAgreementVersionStep(input)
    syncDealerPriceListsStep(transform({ version }, ({ version }) => ({ dealer_ids: [version.dealer_id] })))
    return new WorkflowResponse(version)
  }
)
