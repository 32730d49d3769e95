import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computePeriodRewardsStep } from "../steps/compute-period-rewards-step"
import { recordRewardAccrualsStep } from "../steps/record-reward-accruals-step"

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
 * close of a period runs at a time (Locking module).
 */
export const closeRewardPeriodWorkflow = createWorkflow(
  closeRewardPeriodWorkflowId,
  (input: CloseRewardPeriodInput) => {
    const lockKey = transform({ input }, ({ input }) => `dealer-network-close-rewards:${input.period}`)
    acquireLockStep({ key: lockKey, timeout: 120, ttl: 900 })
    const rewards = computePeriodRewardsStep(input)
    const recorded = recordRewardAccrualsStep(
      transform({ input, rewards }, ({ input, rewards }) => ({ period: input.period, rewards }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ input, recorded }, ({ input, recorded }) => ({ period: input.period, programs: recorded }))
    )
  }
)
