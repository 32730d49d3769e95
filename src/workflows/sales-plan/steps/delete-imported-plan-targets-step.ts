import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { exactAmount, rawAmount } from "../../../lib/amounts"

export const deleteImportedPlanTargetsStepId = "dealer-network-delete-imported-plan-targets"

/**
 * Removes the focus targets of plans an import replaces, in one call; undo
 * recreates them with their ids and values.
 */
export const deleteImportedPlanTargetsStep = createStep(
  deleteImportedPlanTargetsStepId,
  async (input: { plan_ids: string[] }, { container }) => {
    if (!input.plan_ids.length) return new StepResponse(0, [])
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const targets = await service.listDealerPlanTargets({ plan_id: input.plan_ids })
    if (!targets.length) return new StepResponse(0, [])
    await service.deleteDealerPlanTargets(targets.map((t) => t.id))
    const snapshot = targets.map((t) => ({
      id: t.id,
      plan_id: t.plan_id,
      target_type: t.target_type,
      target_id: t.target_id,
      metric: t.metric,
      target_value: exactAmount(rawAmount(t, "target_value")),
      label: t.label,
    }))
    return new StepResponse(targets.length, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot?.length) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).createDealerPlanTargets(snapshot)
  }
)
