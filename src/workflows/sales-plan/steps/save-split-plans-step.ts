import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { exactAmount, rawAmount } from "../../../lib/amounts"

export type SplitPlanInput = {
  dealer_id: string
  period_key: string
  currency_code: string
  /** A decimal string, e.g. "9324.00". */
  target_amount: string
}

type Undo = {
  created: string[]
  updated: { id: string; currency_code: string; target_amount: number }[]
}

export const saveSplitPlansStepId = "dealer-network-save-split-plans"

/**
 * Creates or updates the dealer's plan of each month with its share of the
 * annual target. An existing plan keeps its order count, note and focus
 * targets; only its amount (and currency) change. Undo deletes the created
 * plans and puts the old amounts back; a failure half-way undoes the months
 * already written before it is reported.
 */
export const saveSplitPlansStep = createStep(
  saveSplitPlansStepId,
  async (plans: SplitPlanInput[], { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const existing = plans.length
      ? await service.listDealerSalesPlans({
          dealer_id: [...new Set(plans.map((plan) => plan.dealer_id))],
          period_key: plans.map((plan) => plan.period_key),
        })
      : []
    const existingOf = new Map(existing.map((plan) => [`${plan.dealer_id}:${plan.period_key}`, plan]))
    const undo: Undo = { created: [], updated: [] }
    const saved: { id: string; period_key: string; created: boolean }[] = []
    try {
      for (const plan of plans) {
        const before = existingOf.get(`${plan.dealer_id}:${plan.period_key}`)
        const { plan: written, created } = await service.savePlan(plan)
        if (created) {
          undo.created.push(written.id)
        } else if (before) {
          undo.updated.push({
            id: before.id,
            currency_code: before.currency_code,
            target_amount: exactAmount(rawAmount(before, "target_amount")),
          })
        }
        saved.push({ id: written.id, period_key: plan.period_key, created })
      }
    } catch (error) {
      await undoSplit(service, undo)
      throw error
    }
    return new StepResponse(saved, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await undoSplit(container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE), undo)
  }
)

async function undoSplit(service: SalesPlanModuleService, undo: Undo) {
  if (undo.created.length) await service.deleteDealerSalesPlans(undo.created)
  if (undo.updated.length) await service.updateDealerSalesPlans(undo.updated)
}
