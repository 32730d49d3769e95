import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerReceivables } from "../../../../../queries/receivables"
import { dealerAccess } from "../membership"
import type { Sendable } from "../../../../../types/http"
import type { DealerReceivablesResponse } from "../../../../../types/wholesale"

/** The member's own dealer's open balance, aged, its unpaid orders with due dates, and its credit terms. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Sendable<{ receivables: DealerReceivablesResponse }>>
) => {
  const { dealer_id } = dealerAccess(req)
  res.json({ receivables: await dealerReceivables(req.scope, dealer_id) })
}
