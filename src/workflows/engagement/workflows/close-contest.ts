import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeContestStep } from "../steps/close-contest-step"

export const closeContestWorkflowId = "dealer-network-close-contest"

/**
 * Closes a running contest (or a closed one again): prizes accrued in the
 * reward ledger (pending, approved like any accrual) and the final standings
 * stored in dealer_contest_result. A rerun writes nothing new; a return since
 * the last close is clawed back by a negative accrual.
 */
export const closeContestWorkflow = createWorkflow(closeContestWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(closeContestStep(input))
})
