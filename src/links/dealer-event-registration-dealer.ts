import { defineLink } from "@medusajs/framework/utils"
import DealerNetworkModule from "../modules/dealer-network"
import EngagementModule from "../modules/engagement"

// The dealer an event registration is for (dealer_event_registration.dealer in Query).
export default defineLink(
  { linkable: EngagementModule.linkable.dealerEventRegistration, field: "dealer_id" },
  DealerNetworkModule.linkable.dealer,
  { readOnly: true }
)
