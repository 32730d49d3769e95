import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rawAmount } from "../../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../../modules/engagement"
import type EngagementModuleService from "../../../../modules/engagement/service"
import type {
  DealerRatingAward,
  DealerRatingAwardListResponse,
  DealerRatingAwardResponse,
  DealerRatingEntry,
  RatingPeriodType,
  RatingWeights,
} from "../../../../types/engagement"
import type { Sendable } from "../../../../types/http"
import { recordDealerOfPeriodWorkflow } from "../../../../workflows/engagement/workflows/record-dealer-of-period"
import type { AdminGetRatingAwardsParamsType, AdminRecordRatingAwardType } from "../validators"

/** The dealers of past months and quarters, newest period first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRatingAwardsParamsType>,
  res: MedusaResponse<Sendable<DealerRatingAwardListResponse>>
) => {
  const { dealer_id, period_type, limit, offset } = req.validatedQuery as AdminGetRatingAwardsParamsType
  const engagement: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const [awards, count] = await engagement.listAndCountDealerRatingAwards(
    { ...(dealer_id ? { dealer_id } : {}), ...(period_type ? { period_type } : {}) },
    { take: limit, skip: offset, order: { period_key: "DESC" } }
  )
  res.json({ awards: awards.map(awardView), count, offset, limit })
}

/**
 * Records the dealer of an ended month or quarter: the first of the network's
 * leaderboard now. Once per period: again answers the award recorded first
 * (`created: false`), whatever changed since.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordRatingAwardType>,
  res: MedusaResponse<Sendable<DealerRatingAwardResponse>>
) => {
  const { result } = await recordDealerOfPeriodWorkflow(req.scope).run({
    input: { period: req.validatedBody.period, recorded_by: req.auth_context?.actor_id ?? null },
  })
  const engagement: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const award = await engagement.retrieveDealerRatingAward(result.id)
  res.status(result.created ? 201 : 200).json({ award: awardView(award), created: result.created })
}

function awardView(award: Record<string, any>): DealerRatingAward {
  const entry = award.entry as DealerRatingEntry
  return {
    id: award.id,
    period_key: award.period_key,
    period_type: award.period_type as RatingPeriodType,
    dealer_id: award.dealer_id,
    dealer: entry?.dealer ?? null,
    score: entry?.score ?? rawAmount(award, "score"),
    entry,
    weights: award.weights as RatingWeights,
    recorded_by: award.recorded_by,
    created_at: new Date(award.created_at).toISOString(),
  }
}
