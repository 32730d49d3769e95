import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_STATUS_LOCK_KEY } from "../steps/payout-common"
import { transitionPayoutStep } from "../steps/transition-payout-step"

export const approvePayoutWorkflowId = "dealer-network-approve-payout"

/** A requested cash payout approved for the next bank export. */
export const approvePayoutWorkflow = createWorkflow(approvePayoutWorkflowId, (input: { id: string }) => {
  acquireLockStep({ key: PAYOUT_STATUS_LOCK_KEY, timeout: 30, ttl: 60 })
  const before = transitionPayoutStep(transform({ input }, ({ input }) => ({ id: input.id, to: "approved" as const })))
  releaseLockStep({ key: PAYOUT_STATUS_LOCK_KEY })
  return new WorkflowResponse(transform({ before }, ({ before }) => ({ id: before.id })))
})
