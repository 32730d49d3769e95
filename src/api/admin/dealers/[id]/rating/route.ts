import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defaultRatingPeriod } from "../../../../../lib/dealer-rating"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { dealerRating } from "../../../../../queries/dealer-rating"
import type { DealerRatingResponse } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import type { AdminGetDealerRatingOfDealerParamsType } from "../../../dealer-rating/validators"

/** One dealer's score, network rank and breakdown for a month or quarter (the month that ended last by default). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerRatingOfDealerParamsType>,
  res: MedusaResponse<Sendable<DealerRatingResponse>>
) => {
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const dealer = await network.retrieveDealer(req.params.id, { select: ["id"] })
  const { period } = req.validatedQuery as AdminGetDealerRatingOfDealerParamsType
  res.json(await dealerRating(req.scope, dealer.id, period ?? defaultRatingPeriod(network.getOptions().timeZone)))
}
