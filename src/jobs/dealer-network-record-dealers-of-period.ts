import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ratingPeriodsEndingWith } from "../lib/dealer-rating"
import { recordDealerOfPeriodWorkflow } from "../workflows/engagement/workflows/record-dealer-of-period"
import { runMonthEndWork, scheduledJobsEnabled } from "../workflows/scheduling/month-end-work"

export const RECORD_DEALERS_OF_PERIOD_JOB = "dealer-network-record-dealers-of-period"

/**
 * Daily; for every ended month not done yet, records the dealer of the month
 * (and of the quarter when the month ends one) unless an admin recorded it
 * already. A period where no dealer scored above 0 gets none. A server that
 * was down on the 1st catches up on its next run.
 */
export default async function recordDealersOfPeriodJob(container: MedusaContainer) {
  if (!scheduledJobsEnabled(container)) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await runMonthEndWork(container, RECORD_DEALERS_OF_PERIOD_JOB, async (month) => {
    const recorded: Record<string, string> = {}
    for (const period of ratingPeriodsEndingWith(month)) {
      try {
        const { result } = await recordDealerOfPeriodWorkflow(container).run({ input: { period, recorded_by: "job" } })
        recorded[period] = result.created ? "recorded" : "recorded before"
      } catch (error) {
        if ((error as { type?: string })?.type !== MedusaError.Types.NOT_ALLOWED) throw error
        const message = (error as Error).message
        recorded[period] = message
      }
      logger.info(`dealer-network: dealer of ${period}: ${recorded[period]}`)
    }
    return { recorded }
  })
}

export const config = {
  name: RECORD_DEALERS_OF_PERIOD_JOB,
  schedule: "30 4 * * *",
}
