import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defaultRatingPeriod } from "../../../lib/dealer-rating"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { rateNetwork, ratingEntry, ratingFilterIds } from "../../../queries/dealer-rating"
import type { DealerRatingLeaderboardResponse } from "../../../types/engagement"
import type { Sendable } from "../../../types/http"
import type { AdminGetDealerRatingParamsType } from "./validators"

/**
 * The leaderboard of a month or quarter (the month that ended last by
 * default): every active dealer's score and breakdown, scaled against the
 * whole network; a territory or distributor filter keeps its dealers, ranked
 * among themselves (`rank`) and in the network (`network_rank`).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerRatingParamsType>,
  res: MedusaResponse<Sendable<DealerRatingLeaderboardResponse>>
) => {
  const { period: asked, territory_id, distributor_id, limit, offset } = req.validatedQuery as AdminGetDealerRatingParamsType
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const period = asked ?? defaultRatingPeriod(network.getOptions().timeZone)
  const [rating, kept] = await Promise.all([
    rateNetwork(req.scope, period),
    ratingFilterIds(req.scope, { period, territory_id, distributor_id }),
  ])
  const shown = kept ? rating.dealers.filter((dealer) => kept.has(dealer.dealerId)) : rating.dealers
  res.json({
    period,
    weights: rating.weights,
    network_count: rating.dealers.length,
    dealers: shown.slice(offset, offset + limit).map((dealer, index) => ratingEntry(dealer, offset + index + 1)),
    count: shown.length,
    offset,
    limit,
  })
}
