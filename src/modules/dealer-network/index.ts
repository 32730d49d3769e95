import { Module } from "@medusajs/framework/utils"
import DealerNetworkModuleService from "./service"

export const DEALER_NETWORK_MODULE = "dealerNetwork"

export default Module(DEALER_NETWORK_MODULE, {
  service: DealerNetworkModuleService,
})
