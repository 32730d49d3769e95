import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTerritoryWorkflow } from "../../../workflows/dealer-network/workflows/create-territory"
import { refetchDealerTerritory } from "./helpers"
import type { AdminCreateDealerTerritoryType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: territories, metadata } = await query.graph({
    entity: "dealer_territory",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ territories, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerTerritoryType>,
  res: MedusaResponse
) => {
  const { result } = await createTerritoryWorkflow(req.scope).run({ input: req.validatedBody })
  const territory = await refetchDealerTerritory(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ territory })
}
