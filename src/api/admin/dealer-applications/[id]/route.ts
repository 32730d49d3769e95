import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDealerApplication } from "../helpers"
import type { DealerApplicationResponse } from "../../../../types/dealer-network"
import type { Sendable } from "../../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Sendable<DealerApplicationResponse>>
) => {
  const application = await refetchDealerApplication(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ application })
}
