import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"

export const deleteSalesPlanStepId = "dealer-network-delete-sales-plan"

export const deleteSalesPlanStep = createStep(
  deleteSalesPlanStepId,
  async (id: string, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    await service.softDeleteDealerSalesPlans(id)
    return new StepResponse(void 0, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).restoreDealerSalesPlans(id)
  }
)
