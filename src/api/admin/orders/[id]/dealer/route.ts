import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchEntity } from "../../../../utils/refetch-entity"
import type { Sendable } from "../../../../../types/http"
import type { OrderDealerResponse } from "../../../../../types/sales-plan"

/** The dealer an order was placed for, and what it contributed to which dealer's plan, and why. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<OrderDealerResponse>>) => {
  const order = await refetchEntity(
    req.scope,
    { entity: "order", label: "Order" },
    req.params.id,
    ["id", "display_id", "dealer.id", "dealer.code", "dealer.name", "dealer.role"]
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: contributions } = await query.graph({
    entity: "dealer_contribution",
    fields: [
      "id",
      "dealer_id",
      "dealer.id",
      "dealer.code",
      "dealer.name",
      "cause",
      "source_id",
      "period_key",
      "occurred_at",
      "currency_code",
      "amount",
      "order_count",
    ],
    filters: { order_id: req.params.id },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({
    dealer: order.dealer ?? null,
    contributions: contributions.map(({ dealer_id, dealer, ...contribution }) => ({
      id: contribution.id,
      dealer: dealer ?? { id: dealer_id },
      cause: contribution.cause,
      source_id: contribution.source_id,
      period_key: contribution.period_key,
      occurred_at: contribution.occurred_at,
      currency_code: contribution.currency_code,
      amount: contribution.amount,
      order_count: contribution.order_count,
    })),
  })
}
