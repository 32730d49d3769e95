import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { ContestStatus } from "../../../types/engagement"

export const transitionContestStepId = "dealer-network-transition-contest"

/** Publishes (draft → running) or cancels (draft or running → cancelled) a contest; repeating it changes nothing. */
export const transitionContestStep = createStep(
  transitionContestStepId,
  async (input: { id: string; from: ContestStatus[]; to: ContestStatus }, { container }) => {
    const before = await container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).transitionContest(input)
    return new StepResponse({ id: input.id }, { id: input.id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).updateDealerContests({ id: undo.id, status: undo.before })
  }
)
