import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { shiftMonth } from "../lib/periods"
import type { RewardFacts } from "../lib/reward-rules"
import { rawWithoutJit } from "./without-jit"

// The facts reward rules look at, for many dealers and one period in one SQL
// query over the plan ledger's running totals (dealer_contribution_total and
// dealer_focus_total, which always equal the ledger's sums): own sales and
// orders in the program's currency, the plan, the same months a year earlier,
// the sales of everyone below the dealer in the tree (never its own), and the
// focus products / categories. A period close asks for a batch of dealers at a
// time and reads one row per dealer and month (and focus key) of the batch's
// sub-networks, never the month's ledger entries.

export type RewardFactsFilter = {
  dealerIds: string[]
  /** The months of the period ("YYYY-MM"). */
  months: string[]
  currencyCode: string
  /** "product:<id>" / "category:<id>" keys the rules use. */
  focusKeys: string[]
}

const FACTS_SQL = `
  with recursive dealers as (select unnest(?::text[]) as id),
       tree as (
         select d.id as root_id, d.id from dealer d where d.id in (select id from dealers)
         union all
         select t.root_id, child.id from dealer child join tree t on child.parent_id = t.id
          where child.deleted_at is null),
       period_sales as (
         select t.dealer_id, sum(t.amount) as sales, sum(t.order_count) as orders
           from dealer_contribution_total t
          where t.deleted_at is null and t.currency_code = ? and t.period_key = any(?::text[])
            and t.dealer_id in (select id from tree)
          group by t.dealer_id),
       last_year_sales as (
         select t.dealer_id, sum(t.amount) as sales
           from dealer_contribution_total t
          where t.deleted_at is null and t.currency_code = ? and t.period_key = any(?::text[])
            and t.dealer_id in (select id from dealers)
          group by t.dealer_id),
       plans as (
         select dealer_id, sum(target_amount) as target
           from dealer_sales_plan
          where deleted_at is null and currency_code = ? and dealer_id in (select id from dealers)
            and period_key = any(?::text[])
          group by dealer_id),
       sub_network as (
         select t.root_id as dealer_id, sum(s.sales) as sales
           from tree t join period_sales s on s.dealer_id = t.id
          where t.id <> t.root_id
          group by t.root_id),
       focus as (
         -- Looked up per dealer, month and key (the totals' key index), so the cost follows the
         -- dealers, not how many months and focus keys the table holds.
         select f.dealer_id, f.focus_key, sum(f.amount) as amount, sum(f.quantity) as quantity
           from dealers d
          cross join unnest(?::text[]) as m(period_key)
          cross join unnest(?::text[]) as k(focus_key)
           join dealer_focus_total f on f.dealer_id = d.id and f.period_key = m.period_key and f.focus_key = k.focus_key
                                    and f.currency_code = ? and f.deleted_at is null
          group by f.dealer_id, f.focus_key),
       focus_by_dealer as (
         select dealer_id, jsonb_object_agg(focus_key, jsonb_build_object('amount', amount::text, 'quantity', quantity::text)) as focus
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
  const { rows } = await rawWithoutJit(knex, FACTS_SQL, [
    filter.dealerIds,
    filter.currencyCode,
    filter.months,
    filter.currencyCode,
    lastYear,
    filter.currencyCode,
    filter.months,
    filter.months,
    filter.focusKeys,
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
