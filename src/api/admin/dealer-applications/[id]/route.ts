import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDealerApplication } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const application = await refetchDealerApplication(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ application })
}
