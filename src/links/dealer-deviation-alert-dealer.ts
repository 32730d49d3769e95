import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import SalesPlanModule from "../modules/sales-plan"

// The dealer a deviation alert is about (alert.dealer in Query).
export default defineLink(
  { linkable: SalesPlanModule.linkable.dealerDeviationAlert, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
