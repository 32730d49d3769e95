import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { dealer_id, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: conflicts, metadata } = await query.graph({
    entity: "dealer_conflict_case",
    fields: req.queryConfig.fields,
    filters: dealer_id
      ? { ...filters, $or: [{ seller_dealer_id: dealer_id }, { zone_owner_dealer_id: dealer_id }] }
      : filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ conflicts, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
