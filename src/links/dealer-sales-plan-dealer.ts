import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import SalesPlanModule from "../modules/sales-plan"

// The dealer a sales plan is for (plan.dealer in Query).
export default defineLink(
  { linkable: SalesPlanModule.linkable.dealerSalesPlan, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
