import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { measurePlanDeviationsStep } from "../steps/measure-plan-deviations-step"
import { AlertToNotify, notifyDeviationAlertsStep } from "../steps/notify-deviation-alerts-step"
import { recordDeviationAlertsStep } from "../steps/record-deviation-alerts-step"

export const checkDeviationsWorkflowId = "dealer-network-check-deviations"

export type CheckDeviationsWorkflowInput = {
  /** The day to check ("YYYY-MM-DD"); today in the plugin's time zone when left out. */
  date?: string
}

const LOCK_KEY = "dealer-network-check-deviations"

/**
 * The daily deviation check: every planned dealer's month on the day, in one
 * query; an alert per dealer, day and kind for dealers behind plan or whose
 * run-rate misses it; open alerts of dealers who recovered are cleared; each
 * new alert is sent to the admins and the dealer's owners. Reruns on the same
 * day create nothing new (they refresh the figures of the day's alerts).
 */
export const checkDeviationsWorkflow = createWorkflow(
  checkDeviationsWorkflowId,
  (input: CheckDeviationsWorkflowInput) => {
    acquireLockStep({ key: LOCK_KEY, timeout: 60, ttl: 600 })
    const measured = measurePlanDeviationsStep(input)
    const recordInput = transform({ measured }, ({ measured }) => ({
      period_key: measured.period_key,
      alert_date: measured.date,
      kinds: ["behind_plan" as const, "projection_miss" as const],
      flagged: measured.flagged,
    }))
    const recorded = recordDeviationAlertsStep(recordInput)
    const toNotify = transform({ recorded }, ({ recorded }) => recorded.created as unknown as AlertToNotify[])
    const notified = notifyDeviationAlertsStep(toNotify)
    releaseLockStep({ key: LOCK_KEY })
    const result = transform({ measured, recorded, notified }, ({ measured, recorded, notified }) => ({
      date: measured.date,
      period: measured.period_key,
      checked: measured.checked,
      created: recorded.created,
      cleared: recorded.cleared,
      refreshed: recorded.refreshed,
      reopened: recorded.reopened,
      notifications: notified,
    }))
    return new WorkflowResponse(result)
  }
)
