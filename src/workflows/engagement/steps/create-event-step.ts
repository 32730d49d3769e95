import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { EventChanges } from "../../../modules/engagement/service"

export const createEventStepId = "dealer-network-create-event"

/** What every event states; the rest of EventChanges is optional. */
type StatedFields =
  | "type"
  | "title"
  | "starts_at"
  | "ends_at"
  | "capacity"
  | "registration_deadline"
  | "cancellation_deadline"
  | "currency_code"

export type CreateEventInput = EventChanges & Required<Pick<EventChanges, StatedFields>>

/** A draft event; undone by deleting it. */
export const createEventStep = createStep(
  createEventStepId,
  async (input: CreateEventInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const event = await engagement.createDealerEvents({
      ...input,
      cost_per_seat: exactAmount(input.cost_per_seat ?? "0"),
      dealer_share_percent: exactAmount(input.dealer_share_percent ?? "0"),
    } as any)
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (!id) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.deleteDealerEvents(id)
  }
)
