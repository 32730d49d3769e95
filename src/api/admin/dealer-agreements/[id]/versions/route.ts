import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAgreementVersionWorkflow } from "../../../../../workflows/dealer-network/workflows/create-agreement-version"
import { refetchAgreement, withInForce } from "../../helpers"
import type { AdminCreateDealerAgreementVersionType } from "../../validators"
import { listPage } from "../../../../utils/list-page"
import type { AgreementListResponse, AgreementResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

/** Every version of the agreement's number, by version. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<AgreementListResponse>>) => {
  const { number } = await refetchAgreement(req.scope, req.params.id, ["id", "number"])
  const { data, page } = await listPage(req, "dealer_agreement", { number })
  res.json({
    agreements: withInForce(data),
    ...page,
  })
}

/** A new version from `effective_from` with the changed terms; the old one ends that day. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerAgreementVersionType>,
  res: MedusaResponse<Sendable<AgreementResponse>>
) => {
  await refetchAgreement(req.scope, req.params.id, ["id"])
  const { result } = await createAgreementVersionWorkflow(req.scope).run({
    input: { id: req.params.id, version: req.validatedBody },
  })
  const agreement = await refetchAgreement(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ agreement })
}
