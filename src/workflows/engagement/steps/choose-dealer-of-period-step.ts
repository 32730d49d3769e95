import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { periodTypeOf } from "../../../lib/periods"
import { ratingPeriodEnded } from "../../../lib/dealer-rating"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import { rateNetwork, ratingEntry } from "../../../queries/dealer-rating"
import type { DealerRatingEntry, RatingPeriodType, RatingWeights } from "../../../types/engagement"
import { noScoreInPeriod, periodNotEnded } from "../../../lib/refusals"

export const chooseDealerOfPeriodStepId = "dealer-network-choose-dealer-of-period"

export type DealerOfPeriodChoice = {
  period_key: string
  period_type: RatingPeriodType
  /** The award recorded already for the period, if any: nothing is chosen again. */
  existing_id: string | null
  candidate: { dealer_id: string; score: string; entry: DealerRatingEntry; weights: RatingWeights } | null
}

/**
 * The first of the network's leaderboard (tie rule applied) for an ended
 * month or quarter. Refuses a period not ended yet, and one where no dealer
 * scored above 0. A period with an award already answers it unchanged.
 */
export const chooseDealerOfPeriodStep = createStep(
  chooseDealerOfPeriodStepId,
  async (input: { period: string }, { container }) => {
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const period_type = periodTypeOf(input.period)
    if (period_type === "year") throw new MedusaError(MedusaError.Types.INVALID_DATA, "period: must be a month YYYY-MM or a quarter YYYY-Qn")
    const [existing] = await engagement.listDealerRatingAwards({ period_key: input.period }, { select: ["id"], take: 1 })
    if (existing) {
      return new StepResponse<DealerOfPeriodChoice>({ period_key: input.period, period_type, existing_id: existing.id, candidate: null })
    }
    if (!ratingPeriodEnded(input.period, network.getOptions().timeZone)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, periodNotEnded(input.period))
    }
    const rating = await rateNetwork(container, input.period)
    const [best] = rating.dealers
    if (!best || Number(best.score) <= 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, noScoreInPeriod(input.period))
    }
    return new StepResponse<DealerOfPeriodChoice>({
      period_key: input.period,
      period_type,
      existing_id: null,
      candidate: { dealer_id: best.dealerId, score: best.score, entry: ratingEntry(best, 1), weights: rating.weights },
    })
  }
)
