import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import RewardsModule from "../modules/rewards"

// The dealer whose wallet an entry is in (wallet_entry.dealer in Query).
export default defineLink(
  { linkable: RewardsModule.linkable.dealerWalletEntry, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
