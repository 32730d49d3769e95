import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eventCost } from "../../../../../lib/event-cost"
import { rawAmount } from "../../../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../../../modules/engagement"
import type EngagementModuleService from "../../../../../modules/engagement/service"
import type { EventCostSummaryResponse } from "../../../../../types/engagement"
import { refetchEntity } from "../../../../utils/refetch-entity"

/** Seats taken, their cost, what the dealers paid (shares not refunded) and the rest the manufacturer pays. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<EventCostSummaryResponse>) => {
  const event = await refetchEntity(req.scope, { entity: "dealer_event", label: "Event" }, req.params.id, [
    "id",
    "currency_code",
    "cost_per_seat",
    "raw_cost_per_seat",
  ])
  const engagement: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const figures = await engagement.eventFigures(event.id)
  res.json({
    cost_summary: {
      event_id: event.id,
      currency_code: event.currency_code,
      seats_taken: figures.seats_taken,
      ...eventCost({
        seats: figures.seats_taken,
        cost_per_seat: rawAmount(event, "cost_per_seat"),
        dealers_paid: figures.dealers_paid,
        currency_code: event.currency_code,
      }),
      attended: figures.attended,
      no_show: figures.no_show,
    },
  })
}
