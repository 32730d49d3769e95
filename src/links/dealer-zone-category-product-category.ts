import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DealerNetworkModule from "../modules/dealer-network"

// The product category behind a zone's assortment entry (zone.categories.product_category in Query).
export default defineLink(
  { linkable: DealerNetworkModule.linkable.dealerZoneCategory, field: "product_category_id" },
  ProductModule.linkable.productCategory,
  { readOnly: true }
)
