import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../../../utils/list-page"
import { dealerAccess } from "../membership"

/** My dealer's payouts (credit lines, points, cash, discount codes), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { dealer_id } = dealerAccess(req)
  const { data: payouts, page } = await listPage(req, "dealer_payout", { ...req.filterableFields, dealer_id })
  res.json({ payouts, ...page })
}
