import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DealerNetworkModule from "../modules/dealer-network"

// The dealer's customer group, which carries its pricing terms (dealer.customer_group in Query).
export default defineLink(
  { linkable: DealerNetworkModule.linkable.dealer, field: "customer_group_id" },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)
