import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { terminateAgreementWorkflow } from "../../../../../workflows/dealer-network/workflows/terminate-agreement"
import { refetchAgreement } from "../../helpers"
import type { AdminTerminateDealerAgreementType } from "../../validators"
import type { AgreementResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTerminateDealerAgreementType>,
  res: MedusaResponse<Sendable<AgreementResponse>>
) => {
  await refetchAgreement(req.scope, req.params.id, ["id"])
  await terminateAgreementWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  const agreement = await refetchAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ agreement })
}
