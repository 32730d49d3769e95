import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeRewardPeriodStep } from "../steps/close-reward-period-step"

export const closeRewardPeriodWorkflowId = "dealer-network-close-reward-period"

export type CloseRewardPeriodInput = {
  /** "YYYY-MM", "YYYY-Qn" or "YYYY": the programs of that period type are closed. */
  period: string
  program_ids?: string[]
}

/**
 * Period close: every participant's rewards under each program, written to
 * the reward ledger as what is earned beyond what was accrued before. A rerun
 * changes nothing; sales returned since the last run are clawed back. One
 * close of a period runs at a time (Locking module), and a close that died
 * holds up the next one for one lease at most.
 *
 * Hook `rewardPeriodClosed` ({ period, programs, accrual_ids }): after the
 * accruals are written; accrual_ids are the ledger entries this run wrote
 * (each with its dealer, program, rule and amount), none on a rerun that
 * changed nothing.
 */
export const closeRewardPeriodWorkflow = createWorkflow(
  closeRewardPeriodWorkflowId,
  (input: CloseRewardPeriodInput) => {
    const recorded = closeRewardPeriodStep(input)
    const closed = createHook(
      "rewardPeriodClosed",
      transform({ input, recorded }, ({ input, recorded }) => ({
        period: input.period,
        programs: recorded.programs,
        accrual_ids: recorded.accrual_ids,
      }))
    )
    return new WorkflowResponse(
      transform({ input, recorded }, ({ input, recorded }) => ({ period: input.period, programs: recorded.programs })),
      { hooks: [closed] }
    )
  }
)
