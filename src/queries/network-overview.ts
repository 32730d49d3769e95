import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { currencyPrecision, moneyString, ratioPercent } from "../lib/amounts"
import { periodDeviation } from "../lib/deviation"
import { monthCurve } from "../lib/month-curve"
import { dayKeyOf } from "../lib/periods"
import { monthInstants } from "../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../modules/sales-plan"
import { creditedTotalsSql } from "../modules/sales-plan/ledger-totals"
import type SalesPlanModuleService from "../modules/sales-plan/service"
import type { NetworkOverviewResponse, OverviewPlanFigures } from "../types/sales-plan"
import { progressMonth } from "./dealer-progress"
import { sumOverdueByCurrency } from "./receivables"
import { rawWithoutJit } from "./without-jit"

// The whole network at a glance for one month: plan against actual per
// currency, per top-level sub-network (a distributor with everything under
// it, or a dealer without a parent) and per top-level territory, the month's sales day by day against the
// plan's expected line, the dealers furthest behind, and what waits for the
// admin. One grouped query per figure; nothing is summed in JavaScript.

const BEHIND_SHOWN = 5

type PlanRow = {
  root_id: string | null
  currency_code: string
  target_amount: string
  expected_amount: string
  actual_amount: string
  planned_dealers: number
  behind_dealers: number
}

type OverviewMonth = { periodKey: string; expectedShare: string; creditedUntil?: Date }

/**
 * The CTEs `plans`, `actuals` and `figures` (one row per dealer and currency:
 * plan, expected-to-date and actual of the month), to follow a `with` clause,
 * with their bindings in order.
 */
function dealerFiguresSql(month: OverviewMonth): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = [month.periodKey]
  const credited = creditedTotalsSql({ periodKeys: [month.periodKey], until: month.creditedUntil }, bindings)
  bindings.push(month.expectedShare)
  const sql = `plans as (
       select dealer_id, currency_code, sum(target_amount) as target
         from dealer_sales_plan where deleted_at is null and period_key = ?
        group by dealer_id, currency_code
     ), actuals as (
       select dealer_id, currency_code, sum(amount) as actual
         from (${credited}) credited
        group by dealer_id, currency_code
     ), figures as (
       select coalesce(p.dealer_id, a.dealer_id) as dealer_id, coalesce(p.currency_code, a.currency_code) as currency_code,
              coalesce(p.target, 0) as target, round(coalesce(p.target, 0) * ?::numeric, 2) as expected,
              coalesce(a.actual, 0) as actual
         from plans p full outer join actuals a on a.dealer_id = p.dealer_id and a.currency_code = p.currency_code
     )`
  return { sql, bindings }
}

/** The sums of a group of `figures` rows (f), as PlanRow columns. */
const FIGURE_SUMS = `sum(f.target)::text as target_amount, sum(f.expected)::text as expected_amount,
            sum(f.actual)::text as actual_amount,
            (count(*) filter (where f.target > 0))::int as planned_dealers,
            (count(*) filter (where f.target > 0 and f.actual < f.expected))::int as behind_dealers`

/**
 * Plan, expected-to-date and actual per top-level sub-network and currency,
 * and per currency over the network (root_id null), in one grouping-sets query.
 */
async function sumPlanFigures(knex: Knex, month: OverviewMonth): Promise<PlanRow[]> {
  const figures = dealerFiguresSql(month)
  const { rows } = await rawWithoutJit(
    knex,
    `with recursive tree as (
       select id as dealer_id, id as root_id from dealer where deleted_at is null and parent_id is null
       union all
       select d.id, tree.root_id from dealer d join tree on d.parent_id = tree.dealer_id where d.deleted_at is null
     ), ${figures.sql}
     select tree.root_id, f.currency_code, ${FIGURE_SUMS}
       from figures f join tree on tree.dealer_id = f.dealer_id
      group by grouping sets ((tree.root_id, f.currency_code), (f.currency_code))
      order by f.currency_code, sum(f.target) desc, tree.root_id`,
    figures.bindings
  )
  return rows
}

/**
 * Plan, expected-to-date and actual per top-level territory (a country) and
 * currency: summed over the dealers with a zone in force during the month in
 * that territory or anywhere below it, as a territory's progress counts them.
 * A dealer with zones in two countries counts in both; one without a zone in none.
 */
async function sumTerritoryFigures(knex: Knex, month: OverviewMonth, zoneActive: { from: Date; to: Date }): Promise<PlanRow[]> {
  const figures = dealerFiguresSql(month)
  const { rows } = await rawWithoutJit(
    knex,
    `with recursive territories as (
       select id as territory_id, id as root_id from dealer_territory where deleted_at is null and parent_id is null
       union all
       select t.id, territories.root_id from dealer_territory t
         join territories on t.parent_id = territories.territory_id where t.deleted_at is null
     ), ${figures.sql}, dealer_roots as (
       select distinct z.dealer_id, territories.root_id
         from dealer_zone z join territories on territories.territory_id = z.territory_id
        where z.deleted_at is null and z.starts_at < ?::timestamptz and coalesce(z.ends_at, 'infinity') > ?::timestamptz
     )
     select r.root_id, f.currency_code, ${FIGURE_SUMS}
       from figures f join dealer_roots r on r.dealer_id = f.dealer_id
      group by r.root_id, f.currency_code
      order by f.currency_code, sum(f.target) desc, r.root_id`,
    [...figures.bindings, zoneActive.to, zoneActive.from]
  )
  return rows
}

/**
 * Sales per calendar day (in the plugin's time zone) and currency for the
 * month, read from the ledger's index by period and moment alone.
 */
async function sumDailySales(
  knex: Knex,
  month: { periodKey: string; creditedUntil?: Date },
  timeZone: string
): Promise<{ currency_code: string; day: string; amount: string }[]> {
  const bindings: unknown[] = [timeZone, month.periodKey]
  if (month.creditedUntil) bindings.push(month.creditedUntil)
  const { rows } = await knex.raw(
    `select currency_code, to_char(day, 'YYYY-MM-DD') as day, amount::text as amount
       from (select currency_code, (occurred_at at time zone ?)::date as day, sum(amount) as amount
               from dealer_contribution
              where deleted_at is null and period_key = ? ${month.creditedUntil ? "and occurred_at <= ?" : ""}
              group by 1, 2) days
      order by 1, 2`,
    bindings as any[]
  )
  return rows
}

/** What waits for the admin: open alerts and conflict cases, accruals to approve. */
async function countQueues(knex: Knex) {
  const [{ rows: open }, { rows: pending }] = await Promise.all([
    knex.raw(
      `select (select count(*) from dealer_deviation_alert where deleted_at is null and status = 'open')::int as open_alerts,
              (select count(*) from dealer_conflict_case where deleted_at is null and status = 'open')::int as open_conflicts`
    ),
    knex.raw(
      `select kind, currency_code, count(*)::int as count, sum(amount)::text as amount
         from dealer_reward_accrual where deleted_at is null and status = 'pending'
        group by kind, currency_code order by kind, currency_code`
    ),
  ])
  return {
    ...(open[0] as { open_alerts: number; open_conflicts: number }),
    pending_accruals: pending.map((row: NetworkOverviewResponse["pending_accruals"][number]) => ({
      ...row,
      amount: moneyString(row.amount, row.currency_code),
    })),
  }
}

function planFigures(row: PlanRow, precision: number): OverviewPlanFigures {
  const money = (value: string | BigNumber) => new BigNumber(value).toFixed(precision, BigNumber.ROUND_HALF_UP)
  return {
    currency_code: row.currency_code,
    target_amount: money(row.target_amount),
    expected_amount: money(row.expected_amount),
    actual_amount: money(row.actual_amount),
    deviation: money(new BigNumber(row.actual_amount).minus(row.expected_amount)),
    attainment_percent: ratioPercent(row.actual_amount, row.target_amount),
    planned_dealers: row.planned_dealers,
    behind_dealers: row.behind_dealers,
  }
}

export async function networkOverview(
  container: MedusaContainer,
  request: { period?: string; as_of?: string } = {}
): Promise<NetworkOverviewResponse> {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const options = network.getOptions()
  const month = progressMonth(options, request)

  const [planRows, territoryRows, dailyRows, queues, overdue, ranked] = await Promise.all([
    sumPlanFigures(knex, month),
    sumTerritoryFigures(knex, month, monthInstants(month.periodKey, options.timeZone)),
    sumDailySales(knex, month, options.timeZone),
    countQueues(knex),
    sumOverdueByCurrency(knex, { asOfDay: dayKeyOf(new Date(), options.timeZone), timeZone: options.timeZone }),
    plans.rankPeriodProgress({
      period_key: month.periodKey,
      expected_share: month.expectedShare,
      credited_until: month.creditedUntil,
      limit: BEHIND_SHOWN,
    }),
  ])
  const behindRows = ranked.rows.filter((row) => new BigNumber(row.deviation).isNegative())
  const roots = planRows.filter((row) => row.root_id).map((row) => row.root_id as string)
  const dealers = await network.listDealers(
    { id: [...new Set([...roots, ...behindRows.map((row) => row.dealer_id)])] },
    { select: ["id", "code", "name", "role", "currency_code"], take: null }
  )
  const dealerById = new Map(dealers.map((dealer) => [dealer.id, dealer]))
  const territories = territoryRows.length
    ? await network.listDealerTerritories(
        { id: [...new Set(territoryRows.map((row) => row.root_id as string))] },
        { select: ["id", "code", "name", "type"], take: null }
      )
    : []
  const territoryById = new Map(territories.map((territory) => [territory.id, territory]))
  const summary = (id: string) => {
    const dealer = dealerById.get(id)
    return dealer ? { id: dealer.id, code: dealer.code, name: dealer.name, role: dealer.role } : null
  }

  const totals = planRows.filter((row) => !row.root_id)
  return {
    period: month.periodKey,
    as_of: month.asOf,
    working_days_total: month.workingDays.total,
    working_days_elapsed: month.workingDays.elapsed,
    totals: totals.map((row) => planFigures(row, currencyPrecision(row.currency_code))),
    sub_networks: planRows
      .filter((row) => row.root_id && dealerById.has(row.root_id))
      .map((row) => ({ dealer: summary(row.root_id as string)!, ...planFigures(row, currencyPrecision(row.currency_code)) })),
    territories: territoryRows
      .filter((row) => territoryById.has(row.root_id as string))
      .map((row) => {
        const { id, code, name, type } = territoryById.get(row.root_id as string)!
        return { territory: { id, code, name, type }, ...planFigures(row, currencyPrecision(row.currency_code)) }
      }),
    curves: totals.map((row) => ({
      currency_code: row.currency_code,
      points: monthCurve({
        periodKey: month.periodKey,
        target: row.target_amount,
        dailyActual: Object.fromEntries(
          dailyRows.filter((daily) => daily.currency_code === row.currency_code).map((daily) => [daily.day, daily.amount])
        ),
        asOf: month.asOf,
        calendar: month.calendar,
        decimals: currencyPrecision(row.currency_code),
      }),
    })),
    behind: behindRows.map((row) => {
      const currency = dealerById.get(row.dealer_id)?.currency_code ?? totals[0]?.currency_code ?? "eur"
      const deviation = periodDeviation({
        months: [{ periodKey: month.periodKey, target: row.target_amount }],
        actual: row.actual_amount,
        asOf: month.asOf,
        calendar: month.calendar,
        moneyDecimals: currencyPrecision(currency),
      })
      return {
        dealer: summary(row.dealer_id),
        currency_code: currency,
        target_amount: moneyString(row.target_amount, currency),
        actual_amount: deviation.actual_to_date,
        expected_amount: moneyString(row.expected_amount, currency),
        deviation: moneyString(row.deviation, currency),
        deviation_percent: row.deviation_percent,
        projected: deviation.projected,
        projected_gap: deviation.projected_gap,
      }
    }),
    open_alerts: queues.open_alerts,
    open_conflicts: queues.open_conflicts,
    pending_accruals: queues.pending_accruals,
    overdue_receivables: overdue,
  }
}
