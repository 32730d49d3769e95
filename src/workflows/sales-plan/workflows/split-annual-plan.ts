import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { splitAnnualTarget } from "../../../lib/deviation"
import { monthsOfPeriod } from "../../../lib/periods"
import { saveSplitPlansStep, SplitPlanInput } from "../steps/save-split-plans-step"
import { validateSplitAnnualPlanStep } from "../steps/validate-split-annual-plan-step"

export type SplitAnnualPlanInput = {
  dealer_id: string
  year: number
  /** The year's target; at most two decimals. */
  annual_target: number | string
  seasonality_profile_id: string
  currency_code?: string
}

export const splitAnnualPlanWorkflowId = "dealer-network-split-annual-plan"

/**
 * Bulk plan writes take the CSV import's lock, so an import and a split never
 * create the same dealer's month at once.
 */
const PLAN_WRITE_LOCK = "dealer-network-import-sales-plans"

/**
 * Sets a dealer's 12 monthly plans of a year from an annual target and a
 * seasonality profile: each month gets its weight's share rounded to the cent,
 * the last month the rounding remainder, so the months add up to the annual
 * target exactly. Existing plans are updated (amount only), missing ones
 * created; a failure undoes every month written.
 */
export const splitAnnualPlanWorkflow = createWorkflow(
  splitAnnualPlanWorkflowId,
  (input: SplitAnnualPlanInput) => {
    const refs = validateSplitAnnualPlanStep(input)
    const plans = transform({ input, refs }, ({ input, refs }): SplitPlanInput[] => {
      const amounts = splitAnnualTarget(String(input.annual_target), refs.weights)
      return monthsOfPeriod(String(input.year)).map((period_key, i) => ({
        dealer_id: input.dealer_id,
        period_key,
        currency_code: refs.currency_code,
        target_amount: amounts[i],
      }))
    })
    acquireLockStep({ key: PLAN_WRITE_LOCK, timeout: 60, ttl: 300 })
    const saved = saveSplitPlansStep(plans)
    releaseLockStep({ key: PLAN_WRITE_LOCK })
    return new WorkflowResponse(
      transform({ saved, plans }, ({ saved, plans }) => ({
        plans: saved,
        amounts: plans.map((plan) => ({ period_key: plan.period_key, target_amount: plan.target_amount })),
      }))
    )
  }
)
