// The sales side of the demo: plans, the B2B terms and dealer prices, the
// orders credited to their dealers and some of them paid, then the daily
// deviation check, the monthly tier review and the reward period closes, so
// progress, receivables, conflict cases, alerts, tier history and rewards exist.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { dayKeyOf, shiftMonth } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../modules/sales-plan"
import type SalesPlanModuleService from "../../modules/sales-plan/service"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import { checkDeviationsWorkflow } from "../../workflows/sales-plan/workflows/check-deviations"
import { reviewTiersWorkflow } from "../../workflows/sales-plan/workflows/review-tiers"
import { seedOrders } from "./seed-orders"
import { currentPeriod, seedPlans } from "./seed-plans"
import { seedEvents } from "./seed-events"
import { seedRewards } from "./seed-rewards"
import { seedWholesaleTerms } from "./seed-wholesale"

export type SalesSeedInput = {
  region_id: string
  sales_channel_id: string
  dealer_ids: Record<string, string>
  product_ids: Record<string, string>
  category_ids: Record<string, string>
}

export type SalesCounts = {
  plans: number
  orders: number
  contributions: number
  conflict_cases: number
  alerts: number
  tier_changes: number
  reward_accruals: number
  wallet_entries: number
}

export async function seedSales(container: MedusaContainer, input: SalesSeedInput, now: Date) {
  await seedPlans(container, input, now)
  await seedWholesaleTerms(container, input)
  const orderIds = await seedOrders(container, input, now)
  const timeZone = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions().timeZone
  await checkDeviationsWorkflow(container).run({ input: { date: dayKeyOf(now, timeZone) } })
  // Last month's review, as the monthly job does: tiers from the three full months, volume commitments of last month.
  await reviewTiersWorkflow(container).run({ input: { period: shiftMonth(currentPeriod(container, now), -1) } })
  await seedRewards(container, input, now)
  await seedEvents(container, input, now)
  return { order_ids: orderIds }
}

/** Row counts of what the sales seed writes (the whole database, not only demo rows). */
export async function countSales(container: MedusaContainer): Promise<SalesCounts> {
  const plans = container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  const one = { take: 1 }
  return {
    plans: (await plans.listAndCountDealerSalesPlans({}, one))[1],
    orders: (await container.resolve(Modules.ORDER).listAndCountOrders({}, one))[1],
    contributions: (await plans.listAndCountDealerContributions({}, one))[1],
    conflict_cases: (await network.listAndCountDealerConflictCases({}, one))[1],
    alerts: (await plans.listAndCountDealerDeviationAlerts({}, one))[1],
    tier_changes: (await plans.listAndCountDealerTierChanges({}, one))[1],
    reward_accruals: (await rewards.listAndCountDealerRewardAccruals({}, one))[1],
    wallet_entries: (await rewards.listAndCountDealerWalletEntries({}, one))[1],
  }
}
