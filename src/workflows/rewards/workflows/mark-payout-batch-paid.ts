import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_STATUS_LOCK_KEY } from "../steps/payout-common"
import { markPayoutBatchPaidStep } from "../steps/mark-payout-batch-paid-step"
import { notifyPayoutsPaidStep } from "../steps/notify-payouts-paid-step"

export const markPayoutBatchPaidWorkflowId = "dealer-network-mark-payout-batch-paid"

/** A bank file the bank has executed: its payouts paid with the bank's reference, their dealers told. */
export const markPayoutBatchPaidWorkflow = createWorkflow(
  markPayoutBatchPaidWorkflowId,
  (input: { id: string; reference: string }) => {
    acquireLockStep({ key: PAYOUT_STATUS_LOCK_KEY, timeout: 30, ttl: 60 })
    const paid = markPayoutBatchPaidStep(input)
    releaseLockStep({ key: PAYOUT_STATUS_LOCK_KEY })
    notifyPayoutsPaidStep(transform({ paid }, ({ paid }) => paid.payout_ids))
    return new WorkflowResponse(paid)
  }
)
