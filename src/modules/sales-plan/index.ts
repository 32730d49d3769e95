import { Module } from "@medusajs/framework/utils"
import SalesPlanModuleService from "./service"

export const SALES_PLAN_MODULE = "salesPlan"

export default Module(SALES_PLAN_MODULE, {
  service: SalesPlanModuleService,
})
