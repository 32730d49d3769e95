import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveDealerApplicationWorkflow } from "../../../../../workflows/dealer-network/workflows/approve-dealer-application"
import { adminDealerFields } from "../../../dealers/query-config"
import { refetchDealer } from "../../../dealers/helpers"
import { dealerApplicationFields } from "../../query-config"
import { refetchDealerApplication } from "../../helpers"
import type { AdminApproveDealerApplicationType } from "../../validators"
import type { ApprovedApplicationResponse, PriceTerm } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveDealerApplicationType>,
  res: MedusaResponse<Sendable<ApprovedApplicationResponse>>
) => {
  const { review_note, agreement_valid_from, ...dealer } = req.validatedBody
  await refetchDealerApplication(req.scope, req.params.id, ["id"])
  const { result } = await approveDealerApplicationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      review_note,
      dealer,
      agreement: agreement_valid_from ? { valid_from: agreement_valid_from } : undefined,
    },
  })
  res.json({
    application: await refetchDealerApplication(req.scope, req.params.id, dealerApplicationFields),
    dealer: await refetchDealer(req.scope, result.dealer.id, adminDealerFields),
    // The model types the price_terms JSON column as a record; it holds the agreement's PriceTerm list.
    agreement: result.agreement as typeof result.agreement & { price_terms: PriceTerm[] | null },
  })
}
