import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { scheduledJobsEnabled } from "../workflows/scheduling/month-end-work"
import { checkDeviationsWorkflow } from "../workflows/sales-plan/workflows/check-deviations"

/** Daily: today's deviation of every planned dealer; alerts for those behind, cleared for those who recovered. */
export default async function dealerNetworkCheckDeviationsJob(container: MedusaContainer) {
  if (!scheduledJobsEnabled(container)) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await checkDeviationsWorkflow(container).run({ input: {} })
  logger.info(
    `dealer-network: deviation check ${result.date}: ${result.checked} planned dealer(s), ${result.created.length} new alert(s), ${result.cleared.length} cleared`
  )
}

export const config = {
  name: "dealer-network-check-deviations",
  schedule: "0 6 * * *",
}
