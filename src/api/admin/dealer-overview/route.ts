import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { networkOverview } from "../../../queries/network-overview"
import type { Sendable } from "../../../types/http"
import type { NetworkOverviewResponse } from "../../../types/sales-plan"
import type { AdminGetDealerOverviewParamsType } from "./validators"

/**
 * The network at a glance for a month (this month by default): plan against
 * actual overall and per top-level sub-network, the month day by day, the
 * dealers furthest behind, and what waits for the admin.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerOverviewParamsType>,
  res: MedusaResponse<Sendable<NetworkOverviewResponse>>
) => {
  res.json(await networkOverview(req.scope, req.validatedQuery as AdminGetDealerOverviewParamsType))
}
