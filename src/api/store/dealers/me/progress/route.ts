import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildNetworkProgress } from "../../../../../queries/dealer-progress"
import { dealerAccess, sees } from "../membership"
import type { StoreGetMyProgressParamsType } from "../validators"
import type { Sendable } from "../../../../../types/http"
import type { StoreProgressResponse } from "../../../../../types/store"

/**
 * The member's own dealer's plan, actual, deviation and focus targets for a
 * period (the same figures the admin sees). The owner of a dealer with partners
 * below it also gets the sub-network's roll-up and each direct sub-dealer's
 * plan, actual and deviation, as do its managers; buyers get `sub_network: null`.
 * A month comes with its curve: the cumulative actual by day against the expected line.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyProgressParamsType>,
  res: MedusaResponse<Sendable<StoreProgressResponse>>
) => {
  const access = dealerAccess(req)
  const { period, as_of } = req.validatedQuery as StoreGetMyProgressParamsType
  const { progress, subDealers, curve } = await buildNetworkProgress(req.scope, access.dealer_id, { period, as_of }, { withCurve: true })
  const seesNetwork = sees(access, "sub_network") && progress.sub_network !== null
  res.json({
    progress: {
      ...progress,
      member_role: access.role,
      curve,
      sub_network: seesNetwork ? progress.sub_network : null,
      sub_dealers: seesNetwork ? subDealers : null,
    },
  })
}
