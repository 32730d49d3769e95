import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type { RecordAlertsInput } from "../../../modules/sales-plan/alert-types"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"

export const recordDeviationAlertsStepId = "dealer-network-record-deviation-alerts"

/**
 * Writes a run's alerts (one per dealer, day and kind) and clears the open
 * ones of its kinds whose dealer recovered. Undo deletes what it created and
 * puts changed alerts back as they were.
 */
export const recordDeviationAlertsStep = createStep(
  recordDeviationAlertsStepId,
  async (input: RecordAlertsInput, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const { previous, ...result } = await service.recordDeviationAlerts(input)
    return new StepResponse(result, { created_ids: result.created.map((alert) => alert.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    if (undo.created_ids.length) await service.deleteDealerDeviationAlerts(undo.created_ids)
    if (undo.previous.length) {
      await service.updateDealerDeviationAlerts(
        undo.previous.map((alert) => ({ ...alert, cleared_at: alert.cleared_at ? new Date(alert.cleared_at) : null }))
      )
    }
  }
)
