import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DealerNetworkModule from "../modules/dealer-network"

// The customer who applied to become a dealer (dealer_application.customer in Query).
export default defineLink(
  { linkable: DealerNetworkModule.linkable.dealerApplication, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
