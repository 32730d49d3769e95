import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { shiftMonth } from "../lib/periods"
import type { RewardFacts } from "../lib/reward-rules"
import { rawWithoutJit } from "./without-jit"

// The facts reward rules look at, for many dealers and one period in one SQL
// query over the plan ledger: own sales and orders in the program's currency,
// the plan, the same months a year earlier, the sales of everyone below the
// dealer in the tree (never its own), and the focus products / categories.
// A period close asks once for every participant of every program: the
// month's ledger is grouped by dealer once (the sub-network sums those
// groups over the tree), and its lines once, by dealer and focus key.

export type RewardFactsFilter = {
  dealerIds: string[]
  /** The months of the period ("YYYY-MM"). */
  months: string[]
  currencyCode: string
  /** "product:<id>" / "category:<id>" keys the rules use. */
  focusKeys: string[]
}

/**
 * Up to this many dealers, the ledger is read through the dealer index (a
 * simulation, a small program); above it, the period's whole ledger is
 * scanned once, which beats thousands of index lookups.
 */
const INDEXED_DEALERS_MAX = 200

const factsSql = (scanWholePeriod: boolean) => `
  with recursive dealers as (select unnest(?::text[]) as id),
       months as (select unnest(?::text[]) as period_key),
       last_year as (select unnest(?::text[]) as period_key),
       focus_keys as (
         select key, split_part(key, ':', 1) as type, substr(key, strpos(key, ':') + 1) as ref
           from jsonb_array_elements_text(?::jsonb) as key),
       tree as (
         select d.id as root_id, d.id from dealer d where d.id in (select id from dealers)
         union all
         select t.root_id, child.id from dealer child join tree t on child.parent_id = t.id
          where child.deleted_at is null),
       period_contributions as materialized (
         select c.id, c.dealer_id, c.amount, c.order_count
           from dealer_contribution c
          where c.deleted_at is null and c.currency_code = ?
            and c.period_key in (select period_key from months)
            ${scanWholePeriod ? "" : "and c.dealer_id in (select id from tree)"}),
       period_sales as (
         select dealer_id, sum(amount) as sales, sum(order_count) as orders
           from period_contributions group by dealer_id),
       last_year_sales as (
         select c.dealer_id, sum(c.amount) as sales
           from dealer_contribution c
          where c.deleted_at is null and c.currency_code = ?
            and c.period_key in (select period_key from last_year)
            and c.dealer_id in (select id from dealers)
          group by c.dealer_id),
       plans as (
         select dealer_id, sum(target_amount) as target
           from dealer_sales_plan
          where deleted_at is null and currency_code = ? and dealer_id in (select id from dealers)
            and period_key in (select period_key from months)
          group by dealer_id),
       sub_network as (
         select t.root_id as dealer_id, sum(s.sales) as sales
           from tree t join period_sales s on s.dealer_id = t.id
          where t.id <> t.root_id
          group by t.root_id),
       focus as (
         select c.dealer_id, f.key, sum(l.amount) as amount, sum(l.quantity) as quantity
           from period_contributions c
           join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
          cross join unnest(array(
            select f.key from focus_keys f
             where (f.type = 'product' and f.ref = l.product_id)
                or (f.type = 'category' and f.ref = any(l.category_ids)))) as f(key)
          where c.dealer_id in (select id from dealers) and exists (select 1 from focus_keys)
          group by c.dealer_id, f.key),
       focus_by_dealer as (
         select dealer_id, jsonb_object_agg(key, jsonb_build_object('amount', amount::text, 'quantity', quantity::text)) as focus
           from focus group by dealer_id)
  select d.id as dealer_id,
         coalesce(own.sales, 0)::text as sales_amount,
         coalesce(own.orders, 0)::int as order_count,
         last_year_sales.sales::text as last_year_sales_amount,
         plans.target::text as plan_target,
         coalesce(sub_network.sales, 0)::text as sub_network_amount,
         coalesce(focus_by_dealer.focus, '{}'::jsonb) as focus
    from dealers d
    left join period_sales own on own.dealer_id = d.id
    left join last_year_sales on last_year_sales.dealer_id = d.id
    left join plans on plans.dealer_id = d.id
    left join sub_network on sub_network.dealer_id = d.id
    left join focus_by_dealer on focus_by_dealer.dealer_id = d.id
   order by d.id`

/** The period's facts of each dealer, in the order of `dealerIds`' sorted ids. */
export async function loadRewardFacts(knex: Knex, filter: RewardFactsFilter): Promise<RewardFacts[]> {
  if (!filter.dealerIds.length) return []
  const lastYear = filter.months.map((month) => shiftMonth(month, -12))
  // Dealers and months go as text[] (one parameter each, not spread by knex.raw), so
  // PostgreSQL plans knowing how many there are; a JSON list looks like 100 rows to it.
  const { rows } = await rawWithoutJit(knex, factsSql(filter.dealerIds.length > INDEXED_DEALERS_MAX), [
    filter.dealerIds,
    filter.months,
    lastYear,
    JSON.stringify(filter.focusKeys),
    filter.currencyCode,
    filter.currencyCode,
    filter.currencyCode,
  ])
  return rows.map(
    (row: any): RewardFacts => ({
      dealerId: row.dealer_id,
      currency: filter.currencyCode,
      salesAmount: row.sales_amount,
      orderCount: row.order_count,
      planTarget: row.plan_target,
      lastYearSalesAmount: row.last_year_sales_amount,
      subNetworkSalesAmount: row.sub_network_amount,
      focus: row.focus,
    })
  )
}
