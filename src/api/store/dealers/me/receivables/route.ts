import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerReceivables } from "../../../../utils/dealer-receivables"
import { requireMembership } from "../membership"

/** The member's own dealer's open balance, aged, its unpaid orders with due dates, and its credit terms. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const membership = await requireMembership(req)
  res.json({ receivables: await dealerReceivables(req.scope, membership.dealer_id) })
}
