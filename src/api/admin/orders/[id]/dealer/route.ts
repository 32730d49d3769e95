import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_PLAN_MODULE } from "../../../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../../../modules/sales-plan/service"
import { refetchEntity } from "../../../../utils/refetch-entity"

/** The dealer an order was placed for, and what it contributed to which dealer's plan, and why. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await refetchEntity(
    req.scope,
    { entity: "order", label: "Order" },
    req.params.id,
    ["id", "display_id", "dealer.id", "dealer.code", "dealer.name", "dealer.role"]
  )
  const ledger: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const contributions = await ledger.listDealerContributions(
    { order_id: req.params.id },
    { order: { created_at: "ASC" } }
  )
  const dealerIds = [...new Set(contributions.map((c) => c.dealer_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: dealers } = dealerIds.length
    ? await query.graph({ entity: "dealer", fields: ["id", "code", "name"], filters: { id: dealerIds } })
    : { data: [] }
  const dealerOf = new Map(dealers.map((d: any) => [d.id, d]))
  res.json({
    dealer: (order as any).dealer ?? null,
    contributions: contributions.map((c) => ({
      id: c.id,
      dealer: dealerOf.get(c.dealer_id) ?? { id: c.dealer_id },
      cause: c.cause,
      source_id: c.source_id,
      period_key: c.period_key,
      occurred_at: c.occurred_at,
      currency_code: c.currency_code,
      amount: c.amount,
      order_count: c.order_count,
    })),
  })
}
