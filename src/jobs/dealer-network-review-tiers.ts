import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewTiersWorkflow } from "../workflows/sales-plan/workflows/review-tiers"
import { runMonthEndWork, scheduledJobsEnabled } from "../workflows/scheduling/month-end-work"

export const REVIEW_TIERS_JOB = "dealer-network-review-tiers"

/** Daily; reviews tiers and volume commitments for each ended month not reviewed yet. */
export default async function dealerNetworkReviewTiersJob(container: MedusaContainer) {
  if (!scheduledJobsEnabled(container)) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await runMonthEndWork(container, REVIEW_TIERS_JOB, async (period) => {
    const { result } = await reviewTiersWorkflow(container).run({ input: { period } })
    logger.info(
      `dealer-network: tier review ${result.period}: ${result.reviewed} dealer(s), ${result.changes.length} tier change(s), ${result.alerts.length} volume commitment alert(s)`
    )
    return { reviewed: result.reviewed, tier_changes: result.changes.length, alerts: result.alerts.length }
  })
}

export const config = {
  name: REVIEW_TIERS_JOB,
  schedule: "0 5 * * *",
}
