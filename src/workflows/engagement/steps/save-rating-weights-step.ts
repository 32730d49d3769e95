import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { hasPositiveWeight, resolveRatingWeights } from "../../../lib/dealer-rating"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import { RATING_COMPONENTS, type RatingWeights } from "../../../types/engagement"
import { RATING_WEIGHTS_ALL_ZERO } from "../../../lib/refusals"

export const saveRatingWeightsStepId = "dealer-network-save-rating-weights"

export type RatingWeightChanges = Partial<Record<keyof RatingWeights, number | null>>

/** Saves the admin's rating weights (null: back to the option / default); refuses weights that would all be 0. */
export const saveRatingWeightsStep = createStep(
  saveRatingWeightsStepId,
  async (input: RatingWeightChanges, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const [saved] = await engagement.listDealerRatingSettings({}, { take: 1 })
    const before = { ...((saved?.weights ?? {}) as Partial<RatingWeights>) }
    const after: Partial<RatingWeights> = { ...before }
    for (const [component, value] of Object.entries(input) as [keyof RatingWeights, number | null | undefined][]) {
      if (value === null) delete after[component]
      else if (value !== undefined) after[component] = value
    }
    if (!hasPositiveWeight(resolveRatingWeights(after, engagement.getOptions().ratingWeights).weights)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, RATING_WEIGHTS_ALL_ZERO)
    }
    const result = await engagement.saveRatingWeights(input)
    return new StepResponse(result, before)
  },
  async (before, { container }) => {
    if (!before) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.saveRatingWeights(Object.fromEntries(RATING_COMPONENTS.map((component) => [component, before[component] ?? null])))
  }
)
