import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { PlannedPlan } from "../../../lib/plan-csv"

export const createImportedPlansStepId = "dealer-network-create-imported-plans"

/**
 * Creates the imported plans that are new (a JSON list), in bulk; answers their
 * ids in the list's order. Undo deletes them (and their targets).
 */
export const createImportedPlansStep = createStep(
  createImportedPlansStepId,
  async (input: { plans_json: string }, { container }) => {
    const plans: PlannedPlan[] = JSON.parse(input.plans_json)
    if (!plans.length) return new StepResponse([] as string[], [] as string[])
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const created = await service.createPlansInBulk(
      plans.map((plan) => ({
        dealer_id: plan.dealer_id,
        period_key: plan.period_key,
        currency_code: plan.currency_code,
        target_amount: plan.target_amount,
        target_order_count: plan.target_order_count ?? null,
        note: plan.note ?? null,
      }))
    )
    const ids = created.map((plan) => plan.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).deleteDealerSalesPlans(ids)
  }
)
