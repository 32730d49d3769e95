import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * One page of a Query entity as a list route's validated query asks for it
 * (fields, filters, limit/offset/order), with Medusa's list metadata.
 */
export async function listPage(
  req: MedusaRequest,
  entity: string,
  filters: Record<string, unknown> = req.filterableFields
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  return { data, page: { count: metadata?.count, offset: metadata?.skip, limit: metadata?.take } }
}
