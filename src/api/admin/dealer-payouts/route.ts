import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/list-page"
import type { Sendable } from "../../../types/http"
import type { DealerPayoutListResponse } from "../../../types/rewards"

/** Payouts of all dealers (filters dealer_id, status, form), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPayoutListResponse>>) => {
  const { data: payouts, page } = await listPage(req, "dealer_payout")
  res.json({ payouts, ...page })
}
