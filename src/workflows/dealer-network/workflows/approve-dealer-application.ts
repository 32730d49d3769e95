import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AgreementTermsInput, CreateDealerInput } from "../../../types/dealer-network"
import { createDealerMembersStep } from "../steps/create-dealer-members-step"
import { createDraftAgreementStep } from "../steps/create-draft-agreement-step"
import { decideDealerApplicationStep } from "../steps/decide-dealer-application-step"
import { setApplicationDealerStep } from "../steps/set-application-dealer-step"
import { createDealerWorkflow } from "./create-dealer"

export type ApproveDealerApplicationWorkflowInput = {
  id: string
  review_note?: string | null
  /** The dealer's code; the rest of the dealer comes from the application unless given. */
  dealer: Pick<CreateDealerInput, "code"> & Partial<CreateDealerInput>
  agreement?: AgreementTermsInput & { valid_from?: Date }
}

export const approveDealerApplicationWorkflowId = "dealer-network-approve-dealer-application"

/**
 * Approval turns an application into a dealer: the dealer and its customer
 * group, the applicant as its owner, and a draft agreement. A failing step
 * undoes the earlier ones and leaves the application pending.
 */
export const approveDealerApplicationWorkflow = createWorkflow(
  approveDealerApplicationWorkflowId,
  (input: ApproveDealerApplicationWorkflowInput) => {
    const decision = transform({ input }, ({ input }) => ({
      id: input.id,
      status: "approved" as const,
      review_note: input.review_note,
    }))
    const application = decideDealerApplicationStep(decision)

    const dealerInput = transform({ input, application }, ({ input, application }) => ({
      name: application.company_name,
      legal_type: application.legal_type,
      role: application.requested_role,
      tax_id: application.tax_id,
      email: application.email,
      phone: application.phone,
      city: application.city,
      country_code: application.country_code,
      currency_code: application.currency_code,
      ...input.dealer,
      status: "applicant" as const,
    }))
    const dealer = createDealerWorkflow.runAsStep({ input: dealerInput })

    const owner = transform({ dealer, application }, ({ dealer, application }) => [
      { dealer_id: dealer.id, customer_id: application.customer_id, role: "owner" as const },
    ])
    createDealerMembersStep(owner)
    const groupLink = transform({ dealer, application }, ({ dealer, application }) => ({
      id: dealer.customer_group_id!,
      add: [application.customer_id],
    }))
    linkCustomersToCustomerGroupStep(groupLink)

    const agreementInput = transform({ input, dealer }, ({ input, dealer }) => ({
      valid_from: new Date(),
      ...input.agreement,
      dealer_id: dealer.id,
    }))
    const agreement = createDraftAgreementStep(agreementInput)

    const link = transform({ input, dealer }, ({ input, dealer }) => ({
      id: input.id,
      dealer_id: dealer.id,
    }))
    const approved = setApplicationDealerStep(link)

    return new WorkflowResponse({ application: approved, dealer, agreement })
  }
)
