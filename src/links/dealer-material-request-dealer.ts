import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import EngagementModule from "../modules/engagement"

// The dealer a material request is for (dealer_material_request.dealer in Query).
export default defineLink(
  { linkable: EngagementModule.linkable.dealerMaterialRequest, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
