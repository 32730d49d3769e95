import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerWallet } from "../../../../utils/dealer-wallet"
import { dealerAccess } from "../membership"

/** My dealer's balances by kind and its statement. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { dealer_id } = dealerAccess(req)
  res.json(await dealerWallet(req, dealer_id))
}
