import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"

export const cancelEventStepId = "dealer-network-cancel-event"

/** Cancels the event and all its live registrations, each to be refunded. */
export const cancelEventStep = createStep(cancelEventStepId, async (input: { id: string }, { container }) => {
  const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  return new StepResponse(await engagement.cancelEvent(input.id))
})
