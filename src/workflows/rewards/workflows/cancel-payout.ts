import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_STATUS_LOCK_KEY } from "../steps/payout-common"
import { reversePayoutDebitStep } from "../steps/reverse-payout-debit-step"
import { transitionPayoutStep } from "../steps/transition-payout-step"

export const cancelPayoutWorkflowId = "dealer-network-cancel-payout"

/**
 * A cash payout canceled before it is paid: status canceled, and its money
 * back in the wallet as a payout_reversal entry.
 */
export const cancelPayoutWorkflow = createWorkflow(
  cancelPayoutWorkflowId,
  (input: { id: string; reason?: string | null }) => {
    acquireLockStep({ key: PAYOUT_STATUS_LOCK_KEY, timeout: 30, ttl: 60 })
    const before = transitionPayoutStep(
      transform({ input }, ({ input }) => ({ id: input.id, to: "canceled" as const, reason: input.reason ?? null }))
    )
    reversePayoutDebitStep(before)
    releaseLockStep({ key: PAYOUT_STATUS_LOCK_KEY })
    return new WorkflowResponse(transform({ before }, ({ before }) => ({ id: before.id })))
  }
)
