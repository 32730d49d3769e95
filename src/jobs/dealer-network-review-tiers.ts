import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewTiersWorkflow } from "../workflows/sales-plan/workflows/review-tiers"

/** Monthly, on the 1st: reviews the month that just ended (tiers and volume commitments). */
export default async function dealerNetworkReviewTiersJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await reviewTiersWorkflow(container).run({ input: {} })
  logger.info(
    `dealer-network: tier review ${result.period}: ${result.reviewed} dealer(s), ${result.changes.length} tier change(s), ${result.alerts.length} volume commitment alert(s)`
  )
}

export const config = {
  name: "dealer-network-review-tiers",
  schedule: "0 5 1 * *",
}
