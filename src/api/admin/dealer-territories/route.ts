import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createTerritoryWorkflow } from "../../../workflows/dealer-network/workflows/create-territory"
import { refetchDealerTerritory } from "./helpers"
import type { AdminCreateDealerTerritoryType } from "./validators"
import { listPage } from "../../utils/list-page"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: territories, page } = await listPage(req, "dealer_territory")
  res.json({ territories, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerTerritoryType>,
  res: MedusaResponse
) => {
  const { result } = await createTerritoryWorkflow(req.scope).run({ input: req.validatedBody })
  const territory = await refetchDealerTerritory(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ territory })
}
