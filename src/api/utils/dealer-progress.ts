import type { MedusaContainer } from "@medusajs/framework/types"
import { averageAmount, DEFAULT_CALENDAR, monthDeviation, ratioPercent } from "../../lib/deviation"
import { asOfDayInMonth, dayKeyOf, monthKeyOf } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../modules/sales-plan"
import type SalesPlanModuleService from "../../modules/sales-plan/service"

/**
 * Where a dealer stands in a month: its plan, actual from the ledger, the
 * deviation on `as_of` (today by default, in the plugin's time zone), each
 * focus target, and the same figures summed over its sub-network.
 */
export async function buildDealerProgress(
  container: MedusaContainer,
  dealerId: string,
  { period, as_of }: { period?: string; as_of?: string } = {}
) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
  const { timeZone, weekendDays, holidays } = network.getOptions()
  const calendar = { ...DEFAULT_CALENDAR, weekendDays, holidays }
  const now = new Date()
  const periodKey = period ?? monthKeyOf(now, timeZone)
  const asOf = asOfDayInMonth(periodKey, as_of ?? dayKeyOf(now, timeZone))

  const [[plan], [actual], subtree] = await Promise.all([
    plans.listDealerSalesPlans({ dealer_id: dealerId, period_key: periodKey }, { take: 1 }),
    plans.sumPeriodProgress({ period_key: periodKey, dealer_ids: [dealerId] }),
    network.listSubtree(dealerId),
  ])
  const actualAmount = actual?.amount ?? "0"
  const actualOrders = actual?.order_count ?? 0
  const targets = plan ? await plans.sumTargetProgress([plan.id]) : []
  const descendantIds = subtree.filter((row) => row.id !== dealerId).map((row) => row.id)
  const subNetwork = descendantIds.length
    ? await plans.sumGroupProgress({ period_key: periodKey, dealer_ids: subtree.map((row) => row.id) })
    : null

  return {
    dealer_id: dealerId,
    period: periodKey,
    as_of: asOf,
    plan: plan && {
      id: plan.id,
      currency_code: plan.currency_code,
      target_amount: String(plan.target_amount),
      target_order_count: plan.target_order_count,
    },
    actual: {
      amount: actualAmount,
      order_count: actualOrders,
      average_order_value: averageAmount(actualAmount, actualOrders),
    },
    deviation: plan
      ? monthDeviation({ periodKey, target: String(plan.target_amount), actual: actualAmount, asOf, calendar })
      : null,
    targets: targets.map((target) => ({
      ...target,
      attainment_percent: ratioPercent(target.actual, target.target_value),
    })),
    sub_network: subNetwork && {
      ...subNetwork,
      deviation: monthDeviation({
        periodKey,
        target: subNetwork.target_amount,
        actual: subNetwork.actual_amount,
        asOf,
        calendar,
      }),
    },
  }
}
