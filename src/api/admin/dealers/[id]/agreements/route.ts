import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAgreementWorkflow } from "../../../../../workflows/dealer-network/workflows/create-agreement"
import { refetchAgreement, withInForce } from "../../../dealer-agreements/helpers"
import type { AdminCreateDealerAgreementType } from "../../validators"
import { refetchDealer } from "../../helpers"
import { listPage } from "../../../../utils/list-page"
import type { AgreementListResponse, AgreementResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

/** Every version of the dealer's agreements, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<AgreementListResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { data, page } = await listPage(req, "dealer_agreement", { ...req.filterableFields, dealer_id: req.params.id })
  res.json({
    agreements: withInForce(data),
    ...page,
  })
}

/** A draft agreement for the dealer. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerAgreementType>,
  res: MedusaResponse<Sendable<AgreementResponse>>
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { result } = await createAgreementWorkflow(req.scope).run({
    input: { ...req.validatedBody, dealer_id: req.params.id },
  })
  const agreement = await refetchAgreement(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ agreement })
}
