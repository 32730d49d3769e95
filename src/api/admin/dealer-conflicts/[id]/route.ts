import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDealerConflictWithContributions } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const conflict = await refetchDealerConflictWithContributions(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ conflict })
}
