import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DealerNetworkModule from "../modules/dealer-network"

// The dealer an order was placed for (its seller of record): dealer.orders / order.dealer.
export default defineLink(DealerNetworkModule.linkable.dealer, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
