import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describeWalletEntries } from "../../queries/wallet-statement"
import type { WalletEntry, WalletEntrySource } from "../../types/rewards"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import { listPage } from "./list-page"

/** A dealer's wallet: balances by kind and currency, and a page of its statement with each entry's readable source. */
export async function dealerWallet(req: MedusaRequest, dealerId: string) {
  const rewards: RewardsModuleService = req.scope.resolve(REWARDS_MODULE)
  const [balances, statement] = await Promise.all([
    rewards.walletBalances(dealerId),
    listPage(req, "dealer_wallet_entry", { ...req.filterableFields, dealer_id: dealerId }),
  ])
  const sources = await describeWalletEntries(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    statement.data.map((entry: { id: string }) => entry.id)
  )
  const entries = (statement.data as Omit<WalletEntry, "source">[]).map((entry) => ({
    ...entry,
    source: sources.get(entry.id) as WalletEntrySource,
  }))
  return { wallet: { dealer_id: dealerId, balances }, entries, ...statement.page }
}
