import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { CreateContestInput } from "./create-contest-step"

export const updateContestStepId = "dealer-network-update-contest"

export type UpdateContestInput = { id: string } & Partial<CreateContestInput>

/** Changes a draft or running contest (the service's rules); undone by restoring the fields changed. */
export const updateContestStep = createStep(
  updateContestStepId,
  async ({ id, ...changes }: UpdateContestInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const before = await engagement.updateContest(id, changes)
    const restore = Object.fromEntries(Object.keys(changes).map((field) => [field, (before as Record<string, unknown>)[field]]))
    return new StepResponse({ id }, { id, restore })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).updateDealerContests({ id: undo.id, ...undo.restore } as any)
  }
)
