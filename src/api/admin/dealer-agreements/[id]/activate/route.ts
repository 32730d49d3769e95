import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activateAgreementWorkflow } from "../../../../../workflows/dealer-network/workflows/activate-agreement"
import { refetchAgreement } from "../../helpers"
import type { AgreementResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<AgreementResponse>>) => {
  await refetchAgreement(req.scope, req.params.id, ["id"])
  await activateAgreementWorkflow(req.scope).run({ input: { id: req.params.id } })
  const agreement = await refetchAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ agreement })
}
