import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { currencyPrecision, moneyString, ratioPercent } from "../lib/amounts"
import { averageAmount, Calendar, calendarOf, periodDeviation, workingDays } from "../lib/deviation"
import { monthCurve } from "../lib/month-curve"
import { asOfDayInPeriod, dayKeyOf, monthKeyOf, monthsOfPeriod } from "../lib/periods"
import { endOfDayInstant } from "../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import { creditedTotalsSql } from "../modules/sales-plan/ledger-totals"
import type { DealerNetworkOptions } from "../modules/dealer-network/options"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../modules/sales-plan"
import type SalesPlanModuleService from "../modules/sales-plan/service"
import type { MonthlyProgressRow } from "../types/sales-plan"

// Plan progress: plan against what the ledger credited. One figure per day:
// read as of a day, the actual counts only contributions credited (occurred_at)
// up to the end of that day in the plugin's time zone, on every surface
// (dealer progress, ranking, roll-ups, store progress; the daily check too).

type CalendarOptions = Pick<DealerNetworkOptions, "timeZone" | "weekendDays" | "holidays">

/**
 * The day a progress request reads and the ledger cut that goes with it: the
 * period defaults to the current month and the day to today, both in the
 * plugin's time zone; the day is clamped into the period (a past period reads
 * as of its last day). A day asked for cuts the ledger at its end; without one
 * the figures are the period's final ones (today's, for the running period).
 */
export function progressDay(options: CalendarOptions, { period, as_of }: { period?: string; as_of?: string }) {
  const now = new Date()
  const periodKey = period ?? monthKeyOf(now, options.timeZone)
  const asOf = asOfDayInPeriod(periodKey, as_of ?? dayKeyOf(now, options.timeZone))
  const creditedUntil = as_of ? endOfDayInstant(asOf, options.timeZone) : undefined
  return { periodKey, asOf, creditedUntil, calendar: calendarOf(options) }
}

/** A month's progress request: its day, cut and working days, with the share of the plan expected by then. */
export function progressMonth(options: CalendarOptions, request: { period?: string; as_of?: string }) {
  const day = progressDay(options, request)
  const days = workingDays(day.periodKey, day.asOf, day.calendar)
  // The share of the month's working days elapsed (0–1): plan × share is expected-to-date.
  const expectedShare = days.total ? new BigNumber(days.elapsed).div(days.total).toString() : "1"
  return { ...day, workingDays: days, expectedShare }
}

/**
 * Where a dealer stands in a period (a month, a quarter "YYYY-Qn" or a year
 * "YYYY"): its plan, actual from the ledger, the deviation on `as_of` (see
 * progressDay), each focus target (monthly periods), and the same figures
 * summed over its sub-network. Figures come from SQL sums per month; a quarter
 * or year adds its months up. Money is in the plan's currency (the dealer's without a plan).
 */
export async function buildDealerProgress(
  container: MedusaContainer,
  dealerId: string,
  request: { period?: string; as_of?: string } = {}
) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
  const { periodKey, asOf, creditedUntil, calendar } = progressDay(network.getOptions(), request)
  const months = monthsOfPeriod(periodKey)

  const [dealer, monthPlans, own, subtree] = await Promise.all([
    network.retrieveDealer(dealerId, { select: ["id", "currency_code"] }),
    plans.listDealerSalesPlans({ dealer_id: dealerId, period_key: months }),
    plans.sumMonthlyProgress({ period_keys: months, dealer_ids: [dealerId], credited_until: creditedUntil }),
    network.listSubtree(dealerId),
  ])
  const currency = monthPlans[0]?.currency_code ?? dealer.currency_code
  const money = (value: string) => moneyString(value, currency)
  const single = months.length === 1 ? monthPlans[0] : undefined
  const targets = single ? await plans.sumTargetProgress([single.id], creditedUntil) : []
  const subNetwork =
    subtree.length > 1
      ? await plans.sumMonthlyProgress({
          period_keys: months,
          dealer_ids: subtree.map((row) => row.id),
          credited_until: creditedUntil,
        })
      : null
  const ownTotals = totalsOf(own, currency)

  return {
    dealer_id: dealerId,
    period: periodKey,
    as_of: asOf,
    plan: monthPlans.length
      ? {
          id: single?.id ?? null,
          currency_code: currency,
          target_amount: ownTotals.target_amount,
          target_order_count: single ? single.target_order_count : ownTotals.target_order_count,
        }
      : null,
    actual: {
      amount: ownTotals.actual_amount,
      order_count: ownTotals.actual_order_count,
      average_order_value: averageAmount(ownTotals.actual_amount, ownTotals.actual_order_count, currencyPrecision(currency)),
    },
    deviation: monthPlans.length ? deviationOf(own, asOf, calendar, currency) : null,
    months: months.length > 1 ? own.map((row) => ({ ...row, ...totalsOf([row], currency) })) : undefined,
    targets: targets.map((target) => ({
      ...target,
      ...(target.metric === "amount" && { target_value: money(target.target_value), actual: money(target.actual) }),
      attainment_percent: ratioPercent(target.actual, target.target_value),
    })),
    sub_network: subNetwork && {
      dealer_count: subtree.length,
      ...totalsOf(subNetwork, currency),
      deviation: deviationOf(subNetwork, asOf, calendar, currency),
    },
  }
}

/**
 * Each direct sub-dealer's own plan, actual and deviation over the period's
 * months, cut like the dealer's own progress: one grouped SQL query.
 */
export async function buildSubDealerProgress(
  container: MedusaContainer,
  dealerId: string,
  request: { period: string; as_of?: string }
) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const { periodKey, asOf, creditedUntil, calendar } = progressDay(network.getOptions(), request)
  const subtree = await network.listSubtree(dealerId)
  const children = subtree.filter((row) => row.depth === 1)
  if (!children.length) return []
  const months = monthsOfPeriod(periodKey)
  const rows = await sumDealerMonths(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    dealerIds: children.map((child) => child.id),
    months,
    creditedUntil,
  })
  return children.map((child) => {
    const own = rows.filter((row) => row.dealer_id === child.id)
    const planned = own.filter((row) => row.plan_currency_code)
    const currency = planned[0]?.plan_currency_code ?? own[0]?.dealer_currency_code
    const totals = totalsOf(own, currency)
    return {
      dealer: { id: child.id, code: child.code, name: child.name, role: child.role, status: child.status },
      has_sub_network: subtree.some((row) => row.parent_id === child.id),
      plan: planned.length
        ? {
            currency_code: currency,
            target_amount: totals.target_amount,
            target_order_count: months.length === 1 ? planned[0].plan_target_order_count : totals.target_order_count,
          }
        : null,
      actual: { amount: totals.actual_amount, order_count: totals.actual_order_count },
      deviation: planned.length ? deviationOf(own, asOf, calendar, currency) : null,
    }
  })
}

/**
 * A month of one dealer day by day: its own sales credited each day (in the
 * plugin's time zone, cut like its progress) summed up against the plan's
 * expected line; null for a quarter or a year. One grouped SQL query.
 */
export async function buildDealerMonthCurve(
  container: MedusaContainer,
  dealerId: string,
  request: { period: string; as_of?: string; plan: { target_amount: string; currency_code: string } | null | undefined }
) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const options = network.getOptions()
  const { periodKey, asOf, creditedUntil, calendar } = progressDay(options, request)
  if (monthsOfPeriod(periodKey).length !== 1) return null
  const currency = request.plan?.currency_code ?? (await network.retrieveDealer(dealerId, { select: ["currency_code"] })).currency_code
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const bindings: unknown[] = [options.timeZone, dealerId, periodKey]
  if (creditedUntil) bindings.push(creditedUntil)
  const { rows } = await knex.raw(
    `select to_char(occurred_at at time zone ?, 'YYYY-MM-DD') as day, sum(amount)::text as amount
       from dealer_contribution
      where deleted_at is null and dealer_id = ? and period_key = ? ${creditedUntil ? "and occurred_at <= ?" : ""}
      group by 1`,
    bindings as any[]
  )
  return monthCurve({
    periodKey,
    target: request.plan?.target_amount ?? "0",
    dailyActual: Object.fromEntries(rows.map((row: { day: string; amount: string }) => [row.day, row.amount])),
    asOf,
    calendar,
    decimals: currencyPrecision(currency),
  })
}

export type DealerMonthRow = MonthlyProgressRow & {
  dealer_id: string
  dealer_currency_code: string
  /** Null when the dealer has no plan that month. */
  plan_currency_code: string | null
  plan_target_order_count: number | null
}

/**
 * Plan and actual of each dealer in each month, in one grouped query over the
 * sales-plan ledger's totals (credited up to `creditedUntil` when given), with the
 * dealer's currency from the dealer network.
 */
export async function sumDealerMonths(
  knex: Knex,
  filter: { dealerIds: string[]; months: string[]; creditedUntil?: Date }
): Promise<DealerMonthRow[]> {
  const bindings: unknown[] = [JSON.stringify(filter.dealerIds), JSON.stringify(filter.months)]
  const credited = creditedTotalsSql(
    { periodKeys: filter.months, dealerIds: filter.dealerIds, until: filter.creditedUntil },
    bindings
  )
  const { rows } = await knex.raw(
    `with dealers as (select jsonb_array_elements_text(?::jsonb) as id),
          months as (select jsonb_array_elements_text(?::jsonb) as period_key),
          plans as (
            select dealer_id, period_key, min(currency_code) as currency_code,
                   sum(target_order_count) filter (where target_order_count is not null) as plan_target_order_count,
                   sum(target_amount) as target_amount, sum(target_order_count) as target_order_count
              from dealer_sales_plan
             where deleted_at is null and dealer_id in (select id from dealers)
               and period_key in (select period_key from months)
             group by dealer_id, period_key),
          actuals as (
            select dealer_id, period_key, sum(amount) as amount, sum(order_count) as order_count
              from (${credited}) credited
             group by dealer_id, period_key)
     select d.id as dealer_id, dealer.currency_code as dealer_currency_code, m.period_key,
            p.currency_code as plan_currency_code, p.plan_target_order_count::int,
            coalesce(p.target_amount, 0)::text as target_amount,
            coalesce(p.target_order_count, 0)::int as target_order_count,
            coalesce(a.amount, 0)::text as actual_amount,
            coalesce(a.order_count, 0)::int as actual_order_count
       from dealers d
       join dealer on dealer.id = d.id
      cross join months m
       left join plans p on p.dealer_id = d.id and p.period_key = m.period_key
       left join actuals a on a.dealer_id = d.id and a.period_key = m.period_key
      order by d.id, m.period_key`,
    bindings as any[]
  )
  return rows
}

function totalsOf(rows: MonthlyProgressRow[], currency: string) {
  const sum = (pick: (row: MonthlyProgressRow) => string | number) =>
    rows.reduce((total, row) => total.plus(pick(row)), new BigNumber(0))
  return {
    target_amount: moneyString(sum((r) => r.target_amount), currency),
    target_order_count: sum((r) => r.target_order_count).toNumber(),
    actual_amount: moneyString(sum((r) => r.actual_amount), currency),
    actual_order_count: sum((r) => r.actual_order_count).toNumber(),
  }
}

function deviationOf(rows: MonthlyProgressRow[], asOf: string, calendar: Calendar, currency: string) {
  return periodDeviation({
    months: rows.map((row) => ({ periodKey: row.period_key, target: row.target_amount })),
    actual: rows.reduce((total, row) => total.plus(row.actual_amount), new BigNumber(0)).toString(),
    asOf,
    calendar,
    moneyDecimals: currencyPrecision(currency),
  })
}
