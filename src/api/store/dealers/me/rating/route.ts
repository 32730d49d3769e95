import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defaultRatingPeriod } from "../../../../../lib/dealer-rating"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { dealerRating } from "../../../../../queries/dealer-rating"
import type { DealerRatingResponse } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import { dealerAccess } from "../membership"
import type { StoreGetMyRatingParamsType } from "../validators"

/**
 * My dealer's score, rank of how many in the network and breakdown for a
 * month or quarter (the month that ended last by default). Never another
 * dealer's figures or name.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyRatingParamsType>,
  res: MedusaResponse<Sendable<DealerRatingResponse>>
) => {
  const access = dealerAccess(req)
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const { period } = req.validatedQuery as StoreGetMyRatingParamsType
  res.json(await dealerRating(req.scope, access.dealer_id, period ?? defaultRatingPeriod(network.getOptions().timeZone)))
}
