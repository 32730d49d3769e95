import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { chooseDealerOfPeriodStep } from "../steps/choose-dealer-of-period-step"
import { recordRatingAwardStep } from "../steps/record-rating-award-step"

export const recordDealerOfPeriodWorkflowId = "dealer-network-record-dealer-of-period"

export type RecordDealerOfPeriodInput = {
  /** An ended month "YYYY-MM" or quarter "YYYY-Qn". */
  period: string
  /** The admin user, or "job". */
  recorded_by: string | null
}

/**
 * Names the dealer of a month or quarter: the first of the network's
 * leaderboard, recorded with its score and breakdown as they are now. Once
 * per period: running it again answers the award recorded first.
 */
export const recordDealerOfPeriodWorkflow = createWorkflow(recordDealerOfPeriodWorkflowId, (input: RecordDealerOfPeriodInput) => {
  const choice = chooseDealerOfPeriodStep({ period: input.period })
  return new WorkflowResponse(recordRatingAwardStep({ choice, recorded_by: input.recorded_by }))
})
