import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { DealerOfPeriodChoice } from "./choose-dealer-of-period-step"

export const recordRatingAwardStepId = "dealer-network-record-rating-award"

/** Records the chosen dealer of the period once (a period recorded already stays as it is); undone when the workflow fails after it. */
export const recordRatingAwardStep = createStep(
  recordRatingAwardStepId,
  async (input: { choice: DealerOfPeriodChoice; recorded_by: string | null }, { container }) => {
    const { choice } = input
    if (choice.existing_id || !choice.candidate) {
      return new StepResponse({ id: choice.existing_id as string, created: false }, null)
    }
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const award = await engagement.recordRatingAward({
      period_key: choice.period_key,
      period_type: choice.period_type,
      recorded_by: input.recorded_by,
      ...choice.candidate,
    })
    return new StepResponse(award, award.created ? award.id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.deleteDealerRatingAwards([createdId])
  }
)
