import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"

export const publishEventStepId = "dealer-network-publish-event"

/** Opens a draft event for registration (publishing it again changes nothing). */
export const publishEventStep = createStep(publishEventStepId, async (input: { id: string }, { container }) => {
  const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  await engagement.transitionEvent({ id: input.id, from: ["draft", "published"], to: "published" })
  return new StepResponse({ id: input.id })
})
