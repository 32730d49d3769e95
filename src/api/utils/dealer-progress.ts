import type { MedusaContainer } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import { averageAmount, Calendar, calendarOf, periodDeviation } from "../../lib/deviation"
import { ratioPercent } from "../../lib/amounts"
import { asOfDayInPeriod, dayKeyOf, monthKeyOf, monthsOfPeriod } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../modules/sales-plan"
import type SalesPlanModuleService from "../../modules/sales-plan/service"
import type { MonthlyProgressRow } from "../../types/sales-plan"

/**
 * Where a dealer stands in a period (a month, a quarter "YYYY-Qn" or a year
 * "YYYY"): its plan, actual from the ledger, the deviation on `as_of` (today by
 * default, in the plugin's time zone), each focus target (monthly periods), and
 * the same figures summed over its sub-network. Figures come from SQL sums per
 * month; a quarter or year adds its months up.
 */
export async function buildDealerProgress(
  container: MedusaContainer,
  dealerId: string,
  { period, as_of }: { period?: string; as_of?: string } = {}
) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
  const options = network.getOptions()
  const { timeZone } = options
  const calendar = calendarOf(options)
  const now = new Date()
  const periodKey = period ?? monthKeyOf(now, timeZone)
  const months = monthsOfPeriod(periodKey)
  const asOf = asOfDayInPeriod(periodKey, as_of ?? dayKeyOf(now, timeZone))

  const [monthPlans, own, subtree] = await Promise.all([
    plans.listDealerSalesPlans({ dealer_id: dealerId, period_key: months }),
    plans.sumMonthlyProgress({ period_keys: months, dealer_ids: [dealerId] }),
    network.listSubtree(dealerId),
  ])
  const single = months.length === 1 ? monthPlans[0] : undefined
  const targets = single ? await plans.sumTargetProgress([single.id]) : []
  const subNetwork =
    subtree.length > 1
      ? await plans.sumMonthlyProgress({ period_keys: months, dealer_ids: subtree.map((row) => row.id) })
      : null
  const ownTotals = totalsOf(own)

  return {
    dealer_id: dealerId,
    period: periodKey,
    as_of: asOf,
    plan: monthPlans.length
      ? {
          id: single?.id ?? null,
          currency_code: monthPlans[0].currency_code,
          target_amount: ownTotals.target_amount,
          target_order_count: single ? single.target_order_count : ownTotals.target_order_count,
        }
      : null,
    actual: {
      amount: ownTotals.actual_amount,
      order_count: ownTotals.actual_order_count,
      average_order_value: averageAmount(ownTotals.actual_amount, ownTotals.actual_order_count),
    },
    deviation: monthPlans.length ? deviationOf(own, asOf, calendar) : null,
    months: months.length > 1 ? own : undefined,
    targets: targets.map((target) => ({
      ...target,
      attainment_percent: ratioPercent(target.actual, target.target_value),
    })),
    sub_network: subNetwork && {
      dealer_count: subtree.length,
      ...totalsOf(subNetwork),
      deviation: deviationOf(subNetwork, asOf, calendar),
    },
  }
}

function totalsOf(rows: MonthlyProgressRow[]) {
  const sum = (pick: (row: MonthlyProgressRow) => string | number) =>
    rows.reduce((total, row) => total.plus(pick(row)), new BigNumber(0))
  return {
    target_amount: sum((r) => r.target_amount).toString(),
    target_order_count: sum((r) => r.target_order_count).toNumber(),
    actual_amount: sum((r) => r.actual_amount).toString(),
    actual_order_count: sum((r) => r.actual_order_count).toNumber(),
  }
}

function deviationOf(rows: MonthlyProgressRow[], asOf: string, calendar: Calendar) {
  return periodDeviation({
    months: rows.map((row) => ({ periodKey: row.period_key, target: row.target_amount })),
    actual: totalsOf(rows).actual_amount,
    asOf,
    calendar,
  })
}
