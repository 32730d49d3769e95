import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { EventChanges } from "../../../modules/engagement/service"

export const updateEventStepId = "dealer-network-update-event"

export type UpdateEventInput = { id: string } & EventChanges

/** Changes a draft or published event (the service's rules); undone by restoring the fields changed. */
export const updateEventStep = createStep(
  updateEventStepId,
  async ({ id, ...changes }: UpdateEventInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const before = await engagement.updateEvent(id, changes)
    const restore = Object.fromEntries(Object.keys(changes).map((field) => [field, (before as Record<string, unknown>)[field]]))
    return new StepResponse({ id }, { id, restore })
  },
  async (undo, { container }) => {
    if (!undo) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.updateDealerEvents({ id: undo.id, ...undo.restore } as any)
  }
)
