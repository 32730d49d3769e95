import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import SalesPlanModule from "../modules/sales-plan"

// The dealer a plan contribution is credited to (contribution.dealer in Query).
export default defineLink(
  { linkable: SalesPlanModule.linkable.dealerContribution, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
