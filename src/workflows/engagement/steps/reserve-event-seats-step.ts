import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { SeatReservation } from "../../../modules/engagement/service"

export const reserveEventSeatsStepId = "dealer-network-reserve-event-seats"

/** Takes the seats (the event locked: never more than its capacity); undone by deleting the registration. */
export const reserveEventSeatsStep = createStep(
  reserveEventSeatsStepId,
  async (input: SeatReservation, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const registration = await engagement.reserveSeats(input)
    return new StepResponse({ id: registration.id }, registration.id)
  },
  async (id, { container }) => {
    if (!id) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.softDeleteDealerEventRegistrations(id)
  }
)
