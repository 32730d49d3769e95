import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTierWorkflow } from "../../../workflows/dealer-network/workflows/create-tier"
import { refetchDealerTier } from "./helpers"
import type { AdminCreateDealerTierType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tiers, metadata } = await query.graph({
    entity: "dealer_tier",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ tiers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerTierType>,
  res: MedusaResponse
) => {
  const { result } = await createTierWorkflow(req.scope).run({ input: req.validatedBody })
  const tier = await refetchDealerTier(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ tier })
}
