import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import RewardsModule from "../modules/rewards"

// The dealer a reward accrual belongs to (accrual.dealer in Query).
export default defineLink(
  { linkable: RewardsModule.linkable.dealerRewardAccrual, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
