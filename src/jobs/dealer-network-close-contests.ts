import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayKeyOf } from "../lib/periods"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../modules/engagement"
import type EngagementModuleService from "../modules/engagement/service"
import { closeContestWorkflow } from "../workflows/engagement/workflows/close-contest"
import { scheduledJobsEnabled } from "../workflows/scheduling/month-end-work"

export const CLOSE_CONTESTS_JOB = "dealer-network-close-contests"

/**
 * Daily: closes every running contest whose last day has passed (in the
 * plugin's time zone), so a server that was down catches up on its next run.
 * A failed close is logged and tried again the next day (the contest is still
 * running). Closed contests are closed again only by the admin (re-close).
 */
export default async function closeContestsJob(container: MedusaContainer) {
  if (!scheduledJobsEnabled(container)) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { timeZone } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  const today = dayKeyOf(new Date(), timeZone)
  const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  const ended = await engagement.listDealerContests({ status: "running", ends_on: { $lt: today } }, { select: ["id", "title"] })
  for (const contest of ended) {
    try {
      const { result } = await closeContestWorkflow(container).run({ input: { id: contest.id } })
      logger.info(`dealer-network: closed contest ${contest.title}: ${result.accrual_ids.length} prize accrual(s)`)
    } catch (error) {
      logger.error(`dealer-network: closing contest ${contest.id} failed (tried again tomorrow): ${(error as Error).message}`)
    }
  }
}

export const config = {
  name: CLOSE_CONTESTS_JOB,
  schedule: "30 4 * * *",
}
