import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectDealerApplicationWorkflow } from "../../../../../workflows/dealer-network/workflows/reject-dealer-application"
import { dealerApplicationFields } from "../../query-config"
import { refetchDealerApplication } from "../../helpers"
import type { AdminRejectDealerApplicationType } from "../../validators"
import type { DealerApplicationResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectDealerApplicationType>,
  res: MedusaResponse<Sendable<DealerApplicationResponse>>
) => {
  await refetchDealerApplication(req.scope, req.params.id, ["id"])
  await rejectDealerApplicationWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({
    application: await refetchDealerApplication(req.scope, req.params.id, dealerApplicationFields),
  })
}
