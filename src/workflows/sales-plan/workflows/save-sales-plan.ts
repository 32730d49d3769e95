import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PlanTargetInput } from "../../../types/sales-plan"
import { saveSalesPlanStep } from "../steps/save-sales-plan-step"
import { validatePlanReferencesStep } from "../steps/validate-plan-references-step"

export type SaveSalesPlanWorkflowInput = {
  dealer_id: string
  period_key: string
  currency_code?: string
  target_amount: number
  target_order_count?: number | null
  note?: string | null
  targets?: PlanTargetInput[]
}

export const saveSalesPlanWorkflowId = "dealer-network-save-sales-plan"

/** Sets a dealer's plan for a month (amount, order count, focus targets). */
export const saveSalesPlanWorkflow = createWorkflow(
  saveSalesPlanWorkflowId,
  (input: SaveSalesPlanWorkflowInput) => {
    const { currency_code } = validatePlanReferencesStep(input)
    const plan = transform({ input, currency_code }, ({ input, currency_code }) => ({
      ...input,
      currency_code,
    }))
    return new WorkflowResponse(saveSalesPlanStep(plan))
  }
)
