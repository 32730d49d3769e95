import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Deviation alerts across dealers: filter by dealer_id, kind, status, period_key, alert_date. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: alerts, metadata } = await query.graph({
    entity: "dealer_deviation_alert",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ alerts, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
