import { Module } from "@medusajs/framework/utils"
import RewardsModuleService from "./service"

export const REWARDS_MODULE = "dealerRewards"

export default Module(REWARDS_MODULE, {
  service: RewardsModuleService,
})
