import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { PlannedTarget } from "../../../lib/plan-csv"
import { exactAmount } from "../../../lib/amounts"

export type ImportedPlanTarget = PlannedTarget & { plan_id: string }

export const createImportedPlanTargetsStepId = "dealer-network-create-imported-plan-targets"

/** Creates the imported focus targets (a JSON list), in one call; undo deletes them. */
export const createImportedPlanTargetsStep = createStep(
  createImportedPlanTargetsStepId,
  async (input: { targets_json: string }, { container }) => {
    const targets: ImportedPlanTarget[] = JSON.parse(input.targets_json)
    if (!targets.length) return new StepResponse(0, [] as string[])
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const created = await service.createDealerPlanTargets(
      targets.map((t) => ({ ...t, target_value: exactAmount(t.target_value) }))
    )
    return new StepResponse(created.length, created.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).deleteDealerPlanTargets(ids)
  }
)
