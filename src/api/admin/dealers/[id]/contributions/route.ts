import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_PLAN_MODULE } from "../../../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../../../modules/sales-plan/service"
import { rawAmount } from "../../../../../lib/amounts"
import type { AdminGetDealerContributionsParamsType } from "../../validators"
import { refetchDealer } from "../../helpers"

type OrderRef = { id: string; display_id: number }

/**
 * A dealer's plan ledger, newest first: each entry's cause (order placed,
 * canceled, returned, reassigned by a conflict case), amount and order count,
 * and the order behind it with its display id.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerContributionsParamsType>,
  res: MedusaResponse
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { period, limit, offset } = req.validatedQuery as AdminGetDealerContributionsParamsType
  const ledger: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const [entries, count] = await ledger.listAndCountDealerContributions(
    { dealer_id: req.params.id, ...(period ? { period_key: period } : {}) },
    { order: { occurred_at: "DESC", created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
  )

  const orderIds = [...new Set(entries.map((entry) => entry.order_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] as OrderRef[] }
  const orderOf = new Map(orders.map((order: OrderRef) => [order.id, order]))

  res.json({
    contributions: entries.map((entry) => ({
      id: entry.id,
      order_id: entry.order_id,
      order: orderOf.get(entry.order_id) ?? null,
      cause: entry.cause,
      source_id: entry.source_id,
      period_key: entry.period_key,
      occurred_at: entry.occurred_at,
      currency_code: entry.currency_code,
      amount: rawAmount(entry, "amount"),
      order_count: entry.order_count,
      note: entry.note ?? null,
    })),
    count,
    offset,
    limit,
  })
}
