import type { MedusaRequest } from "@medusajs/framework/http"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import { listPage } from "./list-page"

/** A dealer's wallet: balances by kind and currency, and a page of its statement. */
export async function dealerWallet(req: MedusaRequest, dealerId: string) {
  const rewards: RewardsModuleService = req.scope.resolve(REWARDS_MODULE)
  const [balances, statement] = await Promise.all([
    rewards.walletBalances(dealerId),
    listPage(req, "dealer_wallet_entry", { ...req.filterableFields, dealer_id: dealerId }),
  ])
  return { wallet: { dealer_id: dealerId, balances }, entries: statement.data, ...statement.page }
}
