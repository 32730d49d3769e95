import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rewardPeriodsToClose } from "../lib/periods"
import { shiftMonth } from "../lib/partner-level-review"
import { closeRewardPeriodWorkflow } from "../workflows/rewards/workflows/close-reward-period"
import { runMonthEndWork, scheduledJobsEnabled } from "../workflows/scheduling/month-end-work"

export const CLOSE_REWARD_PERIODS_JOB = "dealer-network-close-reward-periods"

/**
 * Daily; does month-end work only for ended months not closed yet: the month
 * (and the quarter and year when they ended with it), and the period before
 * each once more, so returns received since its close are clawed back.
 * A server that was down on the 1st catches up on its next run.
 */
export default async function closeRewardPeriodsJob(container: MedusaContainer) {
  if (!scheduledJobsEnabled(container)) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await runMonthEndWork(container, CLOSE_REWARD_PERIODS_JOB, async (month) => {
    const closed: Record<string, number> = {}
    for (const period of rewardPeriodsToClose(shiftMonth(month, 1))) {
      const { result } = await closeRewardPeriodWorkflow(container).run({ input: { period } })
      closed[period] = result.programs.length
      logger.info(`dealer-network: closed rewards of ${period} for ${result.programs.length} program(s)`)
    }
    return { closed }
  })
}

export const config = {
  name: CLOSE_REWARD_PERIODS_JOB,
  schedule: "0 4 * * *",
}
