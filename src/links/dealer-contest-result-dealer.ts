import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import EngagementModule from "../modules/engagement"

// The dealer a contest result is for (dealer_contest_result.dealer in Query).
export default defineLink(
  { linkable: EngagementModule.linkable.dealerContestResult, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
