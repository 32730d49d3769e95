import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moneyString } from "../lib/amounts"
import { rateDealers, type RatingFacts, type ScoredDealer } from "../lib/dealer-rating"
import { dayKeyOf, daysOfPeriod, monthsOfPeriod, shiftMonth } from "../lib/periods"
import { monthInstants } from "../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../modules/engagement"
import type EngagementModuleService from "../modules/engagement/service"
import { RATING_COMPONENTS, type DealerRatingEntry, type RatingComponent, type RatingWeights } from "../types/engagement"
import { unpaidOrdersSql } from "./receivables"

// The best-dealer rating's raw figures for every active dealer of the network
// and one period (a month or a quarter), in one CTE chain: the plan ledger
// (sales, orders, last year's sales, focus lines), the plans and their focus
// targets, the receivables (days overdue), the events attended and the
// placings in closed contests. Each
// component is one CTE answering (dealer_id, raw, detail); the maths that
// scales and weighs them is src/lib/dealer-rating.ts.

export type RatingFactsFilter = {
  /** "YYYY-MM" or "YYYY-Qn". */
  period: string
  /** The day overdue days are counted to (the period's last day, or today while it runs). */
  asOfDay: string
  timeZone: string
}

/**
 * One CTE per component, each answering every rated dealer's `raw` figure
 * (numeric, null = no data) and `detail` (jsonb, the figures behind it; keys
 * ending in `_amount` are money in the dealer's currency). A new component is
 * one entry here (it may read the shared CTEs above it) and one in
 * RATING_COMPONENTS / RATING_COMPONENT_RULES.
 */
const COMPONENT_SQL: Record<RatingComponent, string> = {
  // Sales ÷ plan × 100; no plan (or a zero plan): no figure.
  plan_attainment: `
    select r.dealer_id,
           case when p.target > 0 then round(coalesce(s.amount, 0) * 100 / p.target, 2) end as raw,
           jsonb_build_object('sales_amount', coalesce(s.amount, 0), 'plan_target_amount', p.target) as detail
      from rated r left join plans p on p.dealer_id = r.dealer_id left join sales s on s.dealer_id = r.dealer_id`,
  // (Sales − the same months' sales a year earlier) ÷ those × 100; nothing sold a year earlier: no figure.
  sales_growth: `
    select r.dealer_id,
           case when s.last_year_amount > 0 then round((coalesce(s.amount, 0) - s.last_year_amount) * 100 / s.last_year_amount, 2) end as raw,
           jsonb_build_object('sales_amount', coalesce(s.amount, 0), 'last_year_sales_amount', s.last_year_amount) as detail
      from rated r left join sales s on s.dealer_id = r.dealer_id`,
  // The lines of the focus products / categories of the dealer's plans ÷ all its lines × 100; no focus target or no lines: no figure.
  focus_share: `
    select r.dealer_id,
           case when fk.dealer_id is not null and l.amount > 0 then round(coalesce(f.amount, 0) * 100 / l.amount, 2) end as raw,
           jsonb_build_object('focus_amount', coalesce(f.amount, 0), 'products_amount', coalesce(l.amount, 0),
                              'focus_targets', coalesce(fk.targets, 0)) as detail
      from rated r
      left join (select dealer_id, count(*)::int as targets from focus_keys group by dealer_id) fk on fk.dealer_id = r.dealer_id
      left join lines l on l.dealer_id = r.dealer_id
      left join focus f on f.dealer_id = r.dealer_id`,
  // Sales ÷ orders (net of cancellations); no orders: no figure.
  average_order_value: `
    select r.dealer_id,
           case when s.orders > 0 then round(s.amount / s.orders, 2) end as raw,
           jsonb_build_object('sales_amount', coalesce(s.amount, 0), 'order_count', coalesce(s.orders, 0)) as detail
      from rated r left join sales s on s.dealer_id = r.dealer_id`,
  // The most days an unpaid order is overdue on the as-of day; 0 with orders or unpaid orders none overdue;
  // neither orders in the period nor anything unpaid: no figure.
  payment_discipline: `
    select r.dealer_id,
           case when o.dealer_id is not null then o.max_days when coalesce(s.orders, 0) > 0 then 0 end as raw,
           jsonb_build_object('overdue_orders', coalesce(o.overdue_orders, 0), 'unpaid_orders', coalesce(o.unpaid_orders, 0),
                              'as_of', ?::text) as detail
      from rated r left join overdue o on o.dealer_id = r.dealer_id left join sales s on s.dealer_id = r.dealer_id`,
  // Events held in the period (not cancelled) the dealer's registration was marked attended at.
  events_attended: `
    select r.dealer_id, coalesce(a.events, 0) as raw, jsonb_build_object('events', coalesce(a.events, 0), 'seats', coalesce(a.seats, 0)) as detail
      from rated r left join attended a on a.dealer_id = r.dealer_id`,
  // Contests closed whose last day is in the period: each placing as 100 × (ranked − rank + 1) ÷ ranked
  // (1st of 4 → 100, 4th of 4 → 25; taking part unranked → 0), averaged over the dealer's contests; none: no figure.
  contest_results: `
    select cr.dealer_id,
           round(avg(case when cr.rank is not null then 100.0 * (n.ranked - cr.rank + 1) / n.ranked else 0 end), 2) as raw,
           jsonb_build_object('contests', count(*), 'best_rank', min(cr.rank),
                              'prizes_won', count(*) filter (where cr.prize_amount > 0)) as detail
      from dealer_contest_result cr
      join rated r on r.dealer_id = cr.dealer_id
      join dealer_contest c on c.id = cr.contest_id and c.deleted_at is null and c.status = 'closed'
       and c.ends_on between ? and ?
      join (select contest_id, count(rank)::numeric as ranked
              from dealer_contest_result where deleted_at is null group by contest_id) n on n.contest_id = cr.contest_id
     where cr.deleted_at is null
     group by cr.dealer_id`,
}

function ratingSql(unpaid: string): string {
  const components = RATING_COMPONENTS.map((component) => `${component} as (${COMPONENT_SQL[component]})`).join(",\n")
  const columns = RATING_COMPONENTS.map(
    (component) => `${component}.raw::text as "${component}_raw", ${component}.detail as "${component}_detail"`
  ).join(",\n           ")
  const joins = RATING_COMPONENTS.map((component) => `left join ${component} on ${component}.dealer_id = r.dealer_id`).join("\n      ")
  return `
  with rated as (
         select d.id as dealer_id, d.code, d.name, d.role, d.currency_code
           from dealer d where d.deleted_at is null and d.status = 'active'),
       months as (select jsonb_array_elements_text(?::jsonb) as period_key),
       last_year as (select jsonb_array_elements_text(?::jsonb) as period_key),
       sales as (
         select c.dealer_id,
                sum(c.amount) filter (where c.period_key in (select period_key from months)) as amount,
                sum(c.order_count) filter (where c.period_key in (select period_key from months)) as orders,
                sum(c.amount) filter (where c.period_key in (select period_key from last_year)) as last_year_amount
           from dealer_contribution c
           join rated r on r.dealer_id = c.dealer_id and r.currency_code = c.currency_code
          where c.deleted_at is null
            and (c.period_key in (select period_key from months) or c.period_key in (select period_key from last_year))
          group by c.dealer_id),
       plans as (
         select p.dealer_id, sum(p.target_amount) as target
           from dealer_sales_plan p
           join rated r on r.dealer_id = p.dealer_id and r.currency_code = p.currency_code
          where p.deleted_at is null and p.period_key in (select period_key from months)
          group by p.dealer_id),
       focus_keys as (
         select distinct p.dealer_id, t.target_type, t.target_id
           from dealer_sales_plan p
           join rated r on r.dealer_id = p.dealer_id
           join dealer_plan_target t on t.plan_id = p.id and t.deleted_at is null
          where p.deleted_at is null and p.period_key in (select period_key from months)),
       period_lines as (
         select c.dealer_id, l.id, l.amount, l.product_id, l.category_ids
           from dealer_contribution c
           join rated r on r.dealer_id = c.dealer_id and r.currency_code = c.currency_code
           join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
          where c.deleted_at is null and c.period_key in (select period_key from months)),
       lines as (select dealer_id, sum(amount) as amount from period_lines group by dealer_id),
       focus as (
         select dealer_id, sum(amount) as amount
           from (select distinct pl.id, pl.dealer_id, pl.amount
                   from period_lines pl
                   join focus_keys f on f.dealer_id = pl.dealer_id
                    and ((f.target_type = 'product' and f.target_id = pl.product_id)
                      or (f.target_type = 'category' and f.target_id = any(pl.category_ids)))) matched
          group by dealer_id),
       overdue as (
         select dealer_id, max(overdue_days)::int as max_days, count(*)::int as unpaid_orders,
                count(*) filter (where overdue_days > 0)::int as overdue_orders
           from (${unpaid}) unpaid_orders
          where dealer_id in (select dealer_id from rated)
          group by dealer_id),
       attended as (
         select reg.dealer_id, count(*)::int as events, sum(reg.seats)::int as seats
           from dealer_event_registration reg
           join dealer_event e on e.id = reg.event_id and e.deleted_at is null and e.status <> 'cancelled'
          where reg.deleted_at is null and reg.status = 'registered' and reg.attendance = 'attended'
            and e.starts_at >= ?::timestamptz and e.starts_at < ?::timestamptz
          group by reg.dealer_id),
       first_orders as (
         select c.dealer_id, min(c.occurred_at) as at
           from dealer_contribution c join rated r on r.dealer_id = c.dealer_id
          where c.deleted_at is null and c.order_count > 0
          group by c.dealer_id),
${components}
  select r.dealer_id, r.code, r.name, r.role, r.currency_code, fo.at as first_order_at,
           ${columns}
    from rated r
      left join first_orders fo on fo.dealer_id = r.dealer_id
      ${joins}
   order by r.dealer_id`
}

export type DealerRatingFacts = RatingFacts & {
  name: string
  role: string
  currencyCode: string
}

/** Every active dealer's raw figures of the period, in one query. */
export async function loadDealerRatingFacts(knex: Knex, filter: RatingFactsFilter): Promise<DealerRatingFacts[]> {
  const months = monthsOfPeriod(filter.period)
  const unpaid = unpaidOrdersSql({ asOfDay: filter.asOfDay, timeZone: filter.timeZone })
  const { from, to } = monthInstants(filter.period, filter.timeZone)
  const days = daysOfPeriod(filter.period)
  const bindingsOf: Partial<Record<RatingComponent, string[]>> = {
    payment_discipline: [filter.asOfDay],
    contest_results: [days.first, days.last],
  }
  const componentBindings = RATING_COMPONENTS.flatMap((component) => bindingsOf[component] ?? [])
  const { rows } = await knex.raw(ratingSql(unpaid.sql), [
    JSON.stringify(months),
    JSON.stringify(months.map((month) => shiftMonth(month, -12))),
    ...unpaid.bindings,
    from.toISOString(),
    to.toISOString(),
    ...componentBindings,
  ] as any[])
  return rows.map((row: Record<string, any>): DealerRatingFacts => {
    const raw = {} as RatingFacts["raw"]
    const detail = {} as RatingFacts["detail"]
    for (const component of RATING_COMPONENTS) {
      raw[component] = row[`${component}_raw`] ?? null
      detail[component] = moneyDetail(row[`${component}_detail`] ?? {}, row.currency_code)
    }
    return {
      dealerId: row.dealer_id,
      code: row.code,
      name: row.name,
      role: row.role,
      currencyCode: row.currency_code,
      firstOrderAt: row.first_order_at ? new Date(row.first_order_at).toISOString() : null,
      raw,
      detail,
    }
  })
}

/** A detail's money (keys ending in `_amount`) as decimal strings with the currency's precision. */
function moneyDetail(detail: Record<string, string | number | null>, currency: string) {
  return Object.fromEntries(
    Object.entries(detail).map(([key, value]) => [
      key,
      key.endsWith("_amount") && value !== null ? moneyString(String(value), currency) : value,
    ])
  )
}

export type NetworkRating = {
  period: string
  weights: RatingWeights
  /** Every rated dealer, best first, with its network rank. */
  dealers: (ScoredDealer & { facts: DealerRatingFacts })[]
}

/** The whole network's rating of a period: raw figures from SQL, scored with the weights in force. */
export async function rateNetwork(scope: MedusaContainer, period: string): Promise<NetworkRating> {
  const network: DealerNetworkModuleService = scope.resolve(DEALER_NETWORK_MODULE)
  const engagement: EngagementModuleService = scope.resolve(ENGAGEMENT_MODULE)
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { timeZone } = network.getOptions()
  const today = dayKeyOf(new Date(), timeZone)
  const last = daysOfPeriod(period).last
  const [facts, { weights }] = await Promise.all([
    loadDealerRatingFacts(knex, { period, asOfDay: last < today ? last : today, timeZone }),
    engagement.getRatingWeights(),
  ])
  const byId = new Map(facts.map((dealer) => [dealer.dealerId, dealer]))
  return {
    period,
    weights,
    dealers: rateDealers(facts, weights).map((scored) => ({ ...scored, facts: byId.get(scored.dealerId)! })),
  }
}

/** A scored dealer as the API answers it; `rank` is its place in the list shown. */
export function ratingEntry(dealer: NetworkRating["dealers"][number], rank: number): DealerRatingEntry {
  return {
    dealer: { id: dealer.dealerId, code: dealer.facts.code, name: dealer.facts.name, role: dealer.facts.role },
    rank,
    network_rank: dealer.networkRank,
    score: dealer.score,
    currency_code: dealer.facts.currencyCode,
    first_order_at: dealer.firstOrderAt,
    components: dealer.components,
  }
}

/**
 * The dealers a leaderboard filter keeps: with a zone in the territory (or
 * below it) in force during the period, and / or below the distributor in the
 * tree (its sub-network, not the distributor itself). Undefined: everyone.
 */
export async function ratingFilterIds(
  scope: MedusaContainer,
  { period, territory_id, distributor_id }: { period: string; territory_id?: string; distributor_id?: string }
): Promise<Set<string> | undefined> {
  if (!territory_id && !distributor_id) return undefined
  const network: DealerNetworkModuleService = scope.resolve(DEALER_NETWORK_MODULE)
  const sets: Set<string>[] = []
  if (territory_id) {
    const zone_active = monthInstants(period, network.getOptions().timeZone)
    sets.push(new Set(await network.listDealerIdsForProgress({ territory_id, zone_active })))
  }
  if (distributor_id) {
    const subtree = await network.listSubtree(distributor_id)
    sets.push(new Set(subtree.filter((row) => row.depth > 0).map((row) => row.id)))
  }
  return new Set([...sets[0]].filter((id) => sets.every((set) => set.has(id))))
}

/** One dealer's entry of the network's rating (rank = network rank), or null when it is not rated (not active). */
export async function dealerRating(scope: MedusaContainer, dealerId: string, period: string) {
  const rating = await rateNetwork(scope, period)
  const dealer = rating.dealers.find((row) => row.dealerId === dealerId)
  return {
    period,
    weights: rating.weights,
    network_count: rating.dealers.length,
    rating: dealer ? ratingEntry(dealer, dealer.networkRank) : null,
  }
}
