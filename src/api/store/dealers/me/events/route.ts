import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moneyString, rawAmount } from "../../../../../lib/amounts"
import { listUpcomingEventIds } from "../../../../../queries/event-audience"
import type { Sendable } from "../../../../../types/http"
import type { DealerEventListResponse } from "../../../../../types/engagement"
import { withSeatsTaken } from "../../../../admin/dealer-events/helpers"
import { dealerAccess } from "../membership"

/** The published events still ahead whose audience holds my dealer, soonest first, with the seats taken. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerEventListResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { ids, count } = await listUpcomingEventIds(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    dealerId: dealer_id,
    limit: take,
    offset: skip,
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const requested: string[] = req.queryConfig.fields
  const { data } = await query.graph({
    entity: "dealer_event",
    fields: [...new Set([...requested, "id", "currency_code", "raw_cost_per_seat"])],
    filters: { id: ids },
  })
  const rows = ids.flatMap((id) => data.filter((event: Record<string, any>) => event.id === id))
  const priced = rows.map(({ raw_cost_per_seat, ...event }: Record<string, any>) =>
    requested.includes("cost_per_seat")
      ? { ...event, cost_per_seat: moneyString(rawAmount({ raw_cost_per_seat }, "cost_per_seat"), event.currency_code) }
      : event
  )
  res.json({ events: await withSeatsTaken(req.scope, priced), count, offset: skip, limit: take })
}
