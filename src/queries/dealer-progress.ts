import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { currencyPrecision, moneyString, ratioPercent } from "../lib/amounts"
import { averageAmount, Calendar, calendarOf, periodDeviation, workingDays } from "../lib/deviation"
import { monthCurve } from "../lib/month-curve"
import { asOfDayInPeriod, dayKeyOf, monthKeyOf, monthsOfPeriod } from "../lib/periods"
import { endOfDayInstant } from "../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import { creditedStandingSql } from "../modules/sales-plan/ledger-totals"
import type { DealerNetworkOptions } from "../modules/dealer-network/options"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../modules/sales-plan"
import type SalesPlanModuleService from "../modules/sales-plan/service"
import type { DealerRole, DealerStatus } from "../types/dealer-network"
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
  return (await buildNetworkProgress(container, dealerId, request)).progress
}

/**
 * The dealer's progress (buildDealerProgress), each direct sub-dealer's own
 * plan, actual and deviation over the period's months, cut alike, and (asked
 * for, a month only) the dealer's month day by day: the whole subtree in one
 * grouped query over the ledger's totals, the focus targets and the days in
 * one each, run together.
 */
export async function buildNetworkProgress(
  container: MedusaContainer,
  dealerId: string,
  request: { period?: string; as_of?: string } = {},
  { withCurve = false } = {}
) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { timeZone } = network.getOptions()
  const { periodKey, asOf, creditedUntil, calendar } = progressDay(network.getOptions(), request)
  const months = monthsOfPeriod(periodKey)
  const monthly = months.length === 1
  const [rows, targets, days] = await Promise.all([
    sumSubtreeMonths(knex, { dealerId, months, creditedUntil }),
    monthly ? plans.sumDealerTargetProgress({ dealer_id: dealerId, period_key: periodKey, credited_until: creditedUntil }) : [],
    monthly && withCurve ? sumDealerDays(knex, { dealerId, periodKey, creditedUntil, timeZone }) : null,
  ])
  const own = rows.filter((row) => row.dealer_id === dealerId)
  if (!own.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${dealerId} was not found`)
  const subtree = rows.filter((row) => row.dealer_id === null)
  const planned = own.filter((row) => row.plan_currency_code)
  const currency = planned[0]?.plan_currency_code ?? own[0].dealer_currency_code!
  const money = (value: string) => moneyString(value, currency)
  const single = months.length === 1 ? planned[0] : undefined
  const ownTotals = totalsOf(own, currency)
  const dealerCount = subtree[0]?.dealer_count ?? 1

  const progress = {
    dealer_id: dealerId,
    period: periodKey,
    as_of: asOf,
    plan: planned.length
      ? {
          id: single?.plan_id ?? null,
          currency_code: currency,
          target_amount: ownTotals.target_amount,
          target_order_count: single ? single.plan_target_order_count : ownTotals.target_order_count,
        }
      : null,
    actual: {
      amount: ownTotals.actual_amount,
      order_count: ownTotals.actual_order_count,
      average_order_value: averageAmount(ownTotals.actual_amount, ownTotals.actual_order_count, currencyPrecision(currency)),
    },
    deviation: planned.length ? deviationOf(own, asOf, calendar, currency) : null,
    months: months.length > 1 ? own.map((row) => ({ ...monthFigures(row), ...totalsOf([row], currency) })) : undefined,
    targets: targets.map((target) => ({
      ...target,
      ...(target.metric === "amount" && { target_value: money(target.target_value), actual: money(target.actual) }),
      attainment_percent: ratioPercent(target.actual, target.target_value),
    })),
    sub_network:
      dealerCount > 1
        ? {
            dealer_count: dealerCount,
            ...totalsOf(subtree, currency),
            deviation: deviationOf(subtree, asOf, calendar, currency),
          }
        : null,
  }
  // A month comes with its curve: the cumulative actual by day against the plan's expected line.
  const curve =
    days &&
    monthCurve({
      periodKey,
      target: progress.plan?.target_amount ?? "0",
      dailyActual: days,
      asOf,
      calendar,
      decimals: currencyPrecision(currency),
    })
  return { progress, subDealers: subDealerProgress(rows, { dealerId, months, asOf, calendar }), curve }
}

/** Each direct sub-dealer's own figures, from the subtree's rows. */
function subDealerProgress(
  rows: SubtreeMonthRow[],
  { dealerId, months, asOf, calendar }: { dealerId: string; months: string[]; asOf: string; calendar: Calendar }
) {
  const children = new Map<string, SubtreeMonthRow[]>()
  for (const row of rows) {
    if (row.dealer_id && row.dealer_id !== dealerId) children.set(row.dealer_id, [...(children.get(row.dealer_id) ?? []), row])
  }
  return [...children.values()].map((own) => {
    const [child] = own
    const planned = own.filter((row) => row.plan_currency_code)
    const currency = planned[0]?.plan_currency_code ?? child.dealer_currency_code!
    const totals = totalsOf(own, currency)
    return {
      dealer: { id: child.dealer_id!, code: child.code!, name: child.name!, role: child.role!, status: child.status! },
      has_sub_network: child.has_sub_network!,
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
 * expected line. One grouped SQL query.
 */
async function sumDealerDays(knex: Knex, filter: { dealerId: string; periodKey: string; creditedUntil?: Date; timeZone: string }) {
  const bindings: unknown[] = [filter.timeZone, filter.dealerId, filter.periodKey]
  if (filter.creditedUntil) bindings.push(filter.creditedUntil)
  const { rows } = await knex.raw(
    `select to_char(occurred_at at time zone ?, 'YYYY-MM-DD') as day, sum(amount)::text as amount
       from dealer_contribution
      where deleted_at is null and dealer_id = ? and period_key = ? ${filter.creditedUntil ? "and occurred_at <= ?" : ""}
      group by 1`,
    bindings as any[]
  )
  return Object.fromEntries(rows.map((row: { day: string; amount: string }) => [row.day, row.amount]))
}

type SubtreeMonthRow = MonthlyProgressRow & {
  /** Null on the rows that sum the whole subtree (the dealer and everything below it) per month. */
  dealer_id: string | null
  depth: number | null
  code: string | null
  name: string | null
  role: DealerRole | null
  status: DealerStatus | null
  dealer_currency_code: string | null
  has_sub_network: boolean | null
  plan_id: string | null
  /** Null when the dealer has no plan that month. */
  plan_currency_code: string | null
  plan_target_order_count: number | null
  /** On the subtree's rows: how many dealers it holds. */
  dealer_count: number | null
}

/**
 * Plan and actual of each dealer of the subtree in each month (dealer_id,
 * period_key, plan_id, plan_currency_code, target_amount, target_order_count,
 * actual_amount, actual_order_count; no row without a plan or sales): the
 * standing, looked up per dealer; cut at `creditedUntil`, the plans and what
 * the ledger credited by then.
 */
function subtreeFiguresSql(filter: { months: string[]; creditedUntil?: Date }, bindings: unknown[]) {
  if (!filter.creditedUntil) {
    return `select st.dealer_id, st.period_key, st.plan_id, st.plan_currency_code, st.target_amount, st.target_order_count,
                   st.actual_amount, st.actual_order_count
              from subtree s
              join months m on true
              join dealer_period_standing st on st.dealer_id = s.id and st.period_key = m.period_key and st.deleted_at is null`
  }
  return creditedStandingSql({ periodKeys: filter.months, dealersFrom: "subtree", until: filter.creditedUntil }, bindings)
}

/**
 * Plan and actual in each month of the dealer and of each dealer directly
 * below it, and summed over the dealer's whole subtree (dealer_id null), in one
 * query: a recursive walk down the tree joined to each dealer's figures
 * (subtreeFiguresSql). Children come by name.
 */
export async function sumSubtreeMonths(
  knex: Knex,
  filter: { dealerId: string; months: string[]; creditedUntil?: Date }
): Promise<SubtreeMonthRow[]> {
  // The months as a VALUES list: PostgreSQL then knows how few they are and reads by dealer.
  const months = filter.months.map(() => "(?)").join(", ")
  const bindings: unknown[] = [filter.dealerId, ...filter.months]
  const figures = subtreeFiguresSql(filter, bindings)
  const { rows } = await knex.raw(
    `with recursive subtree as (
       select id, parent_id, 0 as depth, code, name, role, status, currency_code
         from dealer where id = ? and deleted_at is null
       union all
       select d.id, d.parent_id, s.depth + 1, d.code, d.name, d.role, d.status, d.currency_code
         from dealer d join subtree s on d.parent_id = s.id where d.deleted_at is null
     ), months (period_key) as (
       values ${months}
     ), standing as (
       ${figures}
     ), figures as (
       select s.id as dealer_id, s.depth, s.code, s.name, s.role, s.status, s.currency_code as dealer_currency_code,
              exists (select 1 from subtree c where c.parent_id = s.id) as has_sub_network,
              m.period_key, f.plan_id, f.plan_currency_code,
              f.target_order_count as plan_target_order_count,
              coalesce(f.target_amount, 0) as target_amount, coalesce(f.target_order_count, 0) as target_order_count,
              coalesce(f.actual_amount, 0) as actual_amount, coalesce(f.actual_order_count, 0) as actual_order_count
         from subtree s
        cross join months m
         left join standing f on f.dealer_id = s.id and f.period_key = m.period_key
     )
     select dealer_id, depth, code, name, role, status, dealer_currency_code, has_sub_network,
            period_key, plan_id, plan_currency_code, plan_target_order_count::int,
            target_amount::text, target_order_count::int, actual_amount::text, actual_order_count::int,
            null::int as dealer_count
       from figures
      where depth <= 1
     union all
     select null, null, null, null, null, null, null, null, period_key, null, null, null,
            sum(target_amount)::text, sum(target_order_count)::int, sum(actual_amount)::text,
            sum(actual_order_count)::int, count(*)::int
       from figures
      group by period_key
      order by depth nulls last, name, dealer_id, period_key`,
    bindings as any[]
  )
  return rows
}

/** A month's plan and actual, without the row's other columns. */
function monthFigures(row: MonthlyProgressRow): MonthlyProgressRow {
  const { period_key, target_amount, target_order_count, actual_amount, actual_order_count } = row
  return { period_key, target_amount, target_order_count, actual_amount, actual_order_count }
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
