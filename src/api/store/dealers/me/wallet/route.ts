import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerWallet } from "../../../../utils/dealer-wallet"
import { dealerAccess } from "../membership"
import type { Sendable } from "../../../../../types/http"
import type { DealerWalletResponse } from "../../../../../types/rewards"

/** My dealer's balances by kind and its statement. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerWalletResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  res.json(await dealerWallet(req, dealer_id))
}
