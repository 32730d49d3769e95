import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../../../utils/list-page"
import { dealerAccess } from "../membership"
import type { Sendable } from "../../../../../types/http"
import type { DealerPayoutListResponse } from "../../../../../types/rewards"

/** My dealer's payouts (credit lines, points, cash, discount codes), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPayoutListResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const { data: payouts, page } = await listPage(req, "dealer_payout", { ...req.filterableFields, dealer_id })
  res.json({ payouts, ...page })
}
