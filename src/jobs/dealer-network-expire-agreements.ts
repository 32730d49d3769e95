import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { scheduledJobsEnabled } from "../workflows/scheduling/month-end-work"
import { expireAgreementsWorkflow } from "../workflows/dealer-network/workflows/expire-agreements"

/** Daily: agreements whose validity has ended stop being active. */
export default async function dealerNetworkExpireAgreementsJob(container: MedusaContainer) {
  if (!scheduledJobsEnabled(container)) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireAgreementsWorkflow(container).run({ input: {} })
  if (result.length) {
    logger.info(`dealer-network: expired ${result.length} agreement(s): ${result.join(", ")}`)
  }
}

export const config = {
  name: "dealer-network-expire-agreements",
  schedule: "0 1 * * *",
}
