import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { exportPayoutsStep, ExportPayoutsInput } from "../steps/export-payouts-step"
import { PAYOUT_STATUS_LOCK_KEY } from "../steps/payout-common"

export const exportPayoutsWorkflowId = "dealer-network-export-payouts"

/** The bank file (CSV) of approved cash payouts, which become exported; or the exported ones again. */
export const exportPayoutsWorkflow = createWorkflow(exportPayoutsWorkflowId, (input: ExportPayoutsInput) => {
  acquireLockStep({ key: PAYOUT_STATUS_LOCK_KEY, timeout: 30, ttl: 120 })
  const exported = exportPayoutsStep(input)
  releaseLockStep({ key: PAYOUT_STATUS_LOCK_KEY })
  return new WorkflowResponse(exported)
})
