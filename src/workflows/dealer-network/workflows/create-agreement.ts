import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateAgreementInput } from "../../../modules/dealer-network/types"
import { createDraftAgreementStep } from "../steps/create-draft-agreement-step"
import { validateAgreementPriceListStep } from "../steps/validate-agreement-price-list-step"

export const createAgreementWorkflowId = "dealer-network-create-agreement"

/** A draft partnership agreement for a dealer, numbered per dealer unless a number is given. */
export const createAgreementWorkflow = createWorkflow(
  createAgreementWorkflowId,
  (input: CreateAgreementInput) => {
    const priceList = transform({ input }, ({ input }) => ({ price_list_id: input.price_list_id }))
    validateAgreementPriceListStep(priceList)
    return new WorkflowResponse(createDraftAgreementStep(input))
  }
)
