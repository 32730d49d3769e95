import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"

export type RecordReturnStepInput = {
  order_id: string
  return_id: string
  items: { variant_id: string; quantity: number }[]
}

export const recordReturnStepId = "dealer-network-record-return"

export const recordReturnStep = createStep(
  recordReturnStepId,
  async (input: RecordReturnStepInput, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const results = await service.recordReturn({ ...input, occurred_at: new Date() })
    const createdIds = results.filter((r) => r.created).map((r) => r.contribution.id)
    return new StepResponse(results.map((r) => r.contribution), createdIds)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).deleteDealerContributions(createdIds)
  }
)
