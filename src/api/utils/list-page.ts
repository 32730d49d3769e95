import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { moneyString, rawAmount } from "../../lib/amounts"
import type { ListResponse } from "../../types/http"

/**
 * One page of a Query entity as a list route's validated query asks for it
 * (fields, filters, limit/offset/order), with Medusa's list metadata. The
 * `amounts` fields (bigNumber columns) are answered as decimal strings: money
 * with its currency's precision, marketing points as they are.
 */
export async function listPage(
  req: MedusaRequest,
  entity: string,
  filters: Record<string, unknown> = req.filterableFields,
  amounts: string[] = []
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const requested: string[] = req.queryConfig.fields
  const asked = amounts.filter((field) => requested.includes(field))
  const helpers = asked.length ? ["currency_code", "kind", ...asked.map((field) => `raw_${field}`)] : []
  const { data, metadata } = await query.graph({
    entity,
    fields: [...new Set([...requested, ...helpers])],
    filters,
    pagination: req.queryConfig.pagination,
  })
  const rows = asked.length
    ? data.map((row: Record<string, any>) => {
        const formatted = { ...row }
        for (const field of asked) formatted[field] = amountString(row, field)
        for (const helper of helpers) if (!requested.includes(helper)) delete formatted[helper]
        return formatted
      })
    : data
  // Query answers the metadata whenever pagination is asked for, as every list route's query config does.
  const page = { count: metadata?.count, offset: metadata?.skip, limit: metadata?.take } as ListResponse
  return { data: rows, page }
}

function amountString(row: Record<string, any>, field: string): string | null {
  if (row[field] == null) return null
  const value = rawAmount(row, field)
  return row.kind === "marketing_points" || !row.currency_code
    ? new BigNumber(value).toFixed()
    : moneyString(value, row.currency_code)
}
