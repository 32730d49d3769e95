import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthKeyOf, rewardPeriodsToClose } from "../lib/periods"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { closeRewardPeriodWorkflow } from "../workflows/rewards/workflows/close-reward-period"

/**
 * Monthly period close, on the 1st: the month that ended (and the quarter
 * and year when they ended with it), and the period before each once more,
 * so returns received since its close are clawed back. Reruns change nothing.
 */
export default async function closeRewardPeriodsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { timeZone } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  for (const period of rewardPeriodsToClose(monthKeyOf(new Date(), timeZone))) {
    const { result } = await closeRewardPeriodWorkflow(container).run({ input: { period } })
    logger.info(`Dealer network: closed rewards of ${period} for ${result.programs.length} program(s)`)
  }
}

export const config = {
  name: "dealer-network-close-reward-periods",
  schedule: "0 4 1 * *",
}
