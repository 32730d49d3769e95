import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerWallet } from "../../../../utils/dealer-wallet"
import { refetchDealer } from "../../helpers"

/** The dealer's balances by kind (sums of its wallet ledger) and its statement, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  res.json(await dealerWallet(req, req.params.id))
}
