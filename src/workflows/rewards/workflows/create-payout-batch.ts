import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreatePayoutBatchBody } from "../../../types/payout-batches"
import { PAYOUT_STATUS_LOCK_KEY } from "../steps/payout-common"
import { preparePayoutBatchStep } from "../steps/prepare-payout-batch-step"
import { recordPayoutBatchStep } from "../steps/record-payout-batch-step"

export const createPayoutBatchWorkflowId = "dealer-network-create-payout-batch"

/** A bank file (SEPA credit transfer, CSV, …) of approved cash payouts, which become exported in it. */
export const createPayoutBatchWorkflow = createWorkflow(createPayoutBatchWorkflowId, (input: CreatePayoutBatchBody) => {
  acquireLockStep({ key: PAYOUT_STATUS_LOCK_KEY, timeout: 30, ttl: 120 })
  const prepared = preparePayoutBatchStep(input)
  const batch = recordPayoutBatchStep(prepared)
  releaseLockStep({ key: PAYOUT_STATUS_LOCK_KEY })
  return new WorkflowResponse(batch)
})
