import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { PlannedPlan } from "../../../lib/plan-csv"
import { exactAmount, rawAmount } from "../../../lib/amounts"

type PlanFields = {
  id: string
  currency_code: string
  target_amount: number
  target_order_count?: number | null
  note?: string | null
}

export const updateImportedPlansStepId = "dealer-network-update-imported-plans"

/**
 * Updates the existing plans an import names (a JSON list: totals, currency,
 * and order count and note when the file has those columns), in one call; undo
 * puts the previous values back.
 */
export const updateImportedPlansStep = createStep(
  updateImportedPlansStepId,
  async (input: { plans_json: string }, { container }) => {
    const plans: PlannedPlan[] = JSON.parse(input.plans_json)
    if (!plans.length) return new StepResponse([] as string[], [] as PlanFields[])
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const ids = plans.map((plan) => plan.existing_plan_id!)
    const before = await service.listDealerSalesPlans({ id: ids })
    const previous: PlanFields[] = before.map((plan) => ({
      id: plan.id,
      currency_code: plan.currency_code,
      target_amount: exactAmount(rawAmount(plan, "target_amount")),
      target_order_count: plan.target_order_count,
      note: plan.note,
    }))
    await service.updateDealerSalesPlans(
      plans.map(
        (plan): PlanFields => ({
          id: plan.existing_plan_id!,
          currency_code: plan.currency_code,
          target_amount: exactAmount(plan.target_amount),
          ...(plan.target_order_count !== undefined ? { target_order_count: plan.target_order_count } : {}),
          ...(plan.note !== undefined ? { note: plan.note } : {}),
        })
      )
    )
    return new StepResponse(ids, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).updateDealerSalesPlans(previous)
  }
)
