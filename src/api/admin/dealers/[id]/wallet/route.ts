import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerWallet } from "../../../../utils/dealer-wallet"
import { refetchDealer } from "../../helpers"
import type { Sendable } from "../../../../../types/http"
import type { DealerWalletResponse } from "../../../../../types/rewards"

/** The dealer's balances by kind (sums of its wallet ledger) and its statement, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerWalletResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  res.json(await dealerWallet(req, req.params.id))
}
