import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteAgreementWorkflow } from "../../../../workflows/dealer-network/workflows/delete-agreement"
import { updateAgreementWorkflow } from "../../../../workflows/dealer-network/workflows/update-agreement"
import { refetchAgreement } from "../helpers"
import type { AdminUpdateDealerAgreementType } from "../validators"
import type { AgreementResponse } from "../../../../types/dealer-network"
import type { DeleteResponse, Sendable } from "../../../../types/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<AgreementResponse>>) => {
  const agreement = await refetchAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ agreement })
}

/** Changes a draft; a signed agreement is refused with a pointer to versions. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerAgreementType>,
  res: MedusaResponse<Sendable<AgreementResponse>>
) => {
  await refetchAgreement(req.scope, req.params.id, ["id"])
  await updateAgreementWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const agreement = await refetchAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ agreement })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DeleteResponse>>) => {
  await refetchAgreement(req.scope, req.params.id, ["id"])
  await deleteAgreementWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_agreement", deleted: true })
}
