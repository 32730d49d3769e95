import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerWallet } from "../../../../utils/dealer-wallet"
import { requireMembership } from "../membership"

/** My dealer's balances by kind and its statement. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const membership = await requireMembership(req)
  res.json(await dealerWallet(req, membership.dealer_id))
}
