import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import RewardsModule from "../modules/rewards"

// The dealer a payout is for (payout.dealer in Query).
export default defineLink(
  { linkable: RewardsModule.linkable.dealerPayout, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
