import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../../../../../modules/engagement"
import type EngagementModuleService from "../../../../../modules/engagement/service"
import { REWARDS_MODULE } from "../../../../../modules/rewards"
import type RewardsModuleService from "../../../../../modules/rewards/service"
import { pointsString } from "../../../../../lib/material-points"
import type { Sendable } from "../../../../../types/http"
import type { StoreMaterialCatalogueResponse } from "../../../../../types/engagement"
import { materialsByIds } from "../../../../admin/dealer-materials/helpers"
import { dealerAccess, sees } from "../membership"
import type { z } from "@medusajs/framework/zod"
import type { StoreGetMyMaterialsParams } from "../validators"

/**
 * The active materials my dealer's tier may order (filter kind), by code,
 * with their stock; and its marketing points (in its currency) for owners and
 * managers, who see the wallet (null for buyers).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreMaterialCatalogueResponse>>) => {
  const access = dealerAccess(req)
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const engagement: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const dealer = await network.retrieveDealer(access.dealer_id, { select: ["id", "tier_id", "currency_code"] })
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const kind = (req.validatedQuery as z.infer<typeof StoreGetMyMaterialsParams>).kind
  const { ids, count } = await engagement.orderableMaterialIds({
    tier_id: dealer.tier_id ?? null,
    limit: take,
    offset: skip,
    kind: kind === undefined ? undefined : [kind].flat(),
  })
  let points: StoreMaterialCatalogueResponse["points"] = null
  if (sees(access, "wallet")) {
    const rewards: RewardsModuleService = req.scope.resolve(REWARDS_MODULE)
    const balance = (await rewards.walletBalances(dealer.id)).find(
      (b) => b.kind === "marketing_points" && b.currency_code === dealer.currency_code
    )?.balance
    points = { balance: pointsString(balance ?? "0"), currency_code: dealer.currency_code }
  }
  res.json({ materials: await materialsByIds(req, ids), count, offset: skip, limit: take, points })
}
