import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/list-page"

/** Payouts of all dealers (filters dealer_id, status, form), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: payouts, page } = await listPage(req, "dealer_payout")
  res.json({ payouts, ...page })
}
