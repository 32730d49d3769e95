import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import SalesPlanModule from "../modules/sales-plan"

// The dealer whose partner level changed (tier_change.dealer in Query).
export default defineLink(
  { linkable: SalesPlanModule.linkable.dealerTierChange, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
