import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DealerNetworkModule from "../modules/dealer-network"

// A member's Medusa customer (member.customer in Query).
export default defineLink(
  { linkable: DealerNetworkModule.linkable.dealerMember, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
