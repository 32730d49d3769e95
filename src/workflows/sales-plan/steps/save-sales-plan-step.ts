import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { SavePlanInput } from "../../../types/sales-plan"

export const saveSalesPlanStepId = "dealer-network-save-sales-plan"

/** Creates or updates a dealer's plan for a period; undo deletes it or puts the old one back. */
export const saveSalesPlanStep = createStep(
  saveSalesPlanStepId,
  async (input: SavePlanInput, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const [previous] = await service.listDealerSalesPlans(
      { dealer_id: input.dealer_id, period_key: input.period_key },
      { relations: ["targets"], take: 1 }
    )
    const { plan } = await service.savePlan(input)
    return new StepResponse(plan, { planId: plan.id, previous: previous ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    if (!undo.previous) {
      await service.deleteDealerSalesPlans(undo.planId)
      return
    }
    const { targets, id, created_at, updated_at, deleted_at, ...plan } = undo.previous as any
    await service.savePlan({
      ...plan,
      targets: targets.map((t: any) => ({
        target_type: t.target_type,
        target_id: t.target_id,
        metric: t.metric,
        target_value: t.target_value,
        label: t.label,
      })),
    })
  }
)
