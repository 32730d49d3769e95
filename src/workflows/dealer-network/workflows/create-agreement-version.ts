import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createAgreementVersionStep,
  CreateAgreementVersionStepInput,
} from "../steps/create-agreement-version-step"
import { validateAgreementPriceListStep } from "../steps/validate-agreement-price-list-step"

export const createAgreementVersionWorkflowId = "dealer-network-create-agreement-version"

/** A new version of an active agreement, in force from a date, with the changed terms. */
export const createAgreementVersionWorkflow = createWorkflow(
  createAgreementVersionWorkflowId,
  (input: CreateAgreementVersionStepInput) => {
    const priceList = transform({ input }, ({ input }) => ({ price_list_id: input.version.price_list_id }))
    validateAgreementPriceListStep(priceList)
    return new WorkflowResponse(createAgreementVersionStep(input))
  }
)
