import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_STATUS_LOCK_KEY } from "../steps/payout-common"
import { transitionPayoutStep } from "../steps/transition-payout-step"
import { settlePayoutBatchStep } from "../steps/settle-payout-batch-step"
import { notifyPayoutsPaidStep } from "../steps/notify-payouts-paid-step"

export const markPayoutPaidWorkflowId = "dealer-network-mark-payout-paid"

/**
 * An exported cash payout the bank has paid, with the bank's reference.
 *
 * Hook `payoutPaid` ({ payout_id, dealer_id, amount, currency_code,
 * reference }): after the payout is marked paid.
 */
export const markPayoutPaidWorkflow = createWorkflow(
  markPayoutPaidWorkflowId,
  (input: { id: string; reference: string }) => {
    acquireLockStep({ key: PAYOUT_STATUS_LOCK_KEY, timeout: 30, ttl: 60 })
    const before = transitionPayoutStep(
      transform({ input }, ({ input }) => ({ id: input.id, to: "paid" as const, reference: input.reference }))
    )
    const paid = createHook(
      "payoutPaid",
      transform({ input, before }, ({ input, before }) => ({
        payout_id: before.id,
        dealer_id: before.dealer_id,
        amount: before.amount,
        currency_code: before.currency_code,
        reference: input.reference,
      }))
    )
    settlePayoutBatchStep(transform({ input }, ({ input }) => ({ payout_id: input.id })))
    releaseLockStep({ key: PAYOUT_STATUS_LOCK_KEY })
    notifyPayoutsPaidStep(transform({ input }, ({ input }) => [input.id]))
    return new WorkflowResponse(transform({ before }, ({ before }) => ({ id: before.id })), { hooks: [paid] })
  }
)
