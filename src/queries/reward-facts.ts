import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { shiftMonth } from "../lib/periods"
import type { RewardFacts } from "../lib/reward-rules"

// The facts reward rules look at, for many dealers and one period in one SQL
// query over the plan ledger: own sales and orders in the program's currency,
// the plan, the same months a year earlier, the sales of everyone below the
// dealer in the tree (never its own), and the focus products / categories.

export type RewardFactsFilter = {
  dealerIds: string[]
  /** The months of the period ("YYYY-MM"). */
  months: string[]
  currencyCode: string
  /** "product:<id>" / "category:<id>" keys the rules use. */
  focusKeys: string[]
}

const FACTS_SQL = `
  with recursive dealers as (select jsonb_array_elements_text(?::jsonb) as id),
       months as (select jsonb_array_elements_text(?::jsonb) as period_key),
       last_year as (select jsonb_array_elements_text(?::jsonb) as period_key),
       focus_keys as (
         select key, split_part(key, ':', 1) as type, substr(key, strpos(key, ':') + 1) as ref
           from jsonb_array_elements_text(?::jsonb) as key),
       own as (
         select c.dealer_id,
                sum(c.amount) filter (where c.period_key in (select period_key from months)) as sales,
                sum(c.order_count) filter (where c.period_key in (select period_key from months)) as orders,
                sum(c.amount) filter (where c.period_key in (select period_key from last_year)) as last_year_sales
           from dealer_contribution c
          where c.deleted_at is null and c.currency_code = ?
            and c.dealer_id in (select id from dealers)
            and (c.period_key in (select period_key from months) or c.period_key in (select period_key from last_year))
          group by c.dealer_id),
       plans as (
         select dealer_id, sum(target_amount) as target
           from dealer_sales_plan
          where deleted_at is null and currency_code = ? and dealer_id in (select id from dealers)
            and period_key in (select period_key from months)
          group by dealer_id),
       tree as (
         select d.id as root_id, d.id from dealer d where d.id in (select id from dealers)
         union all
         select t.root_id, child.id from dealer child join tree t on child.parent_id = t.id
          where child.deleted_at is null),
       sub_network as (
         select t.root_id as dealer_id, sum(c.amount) as sales
           from tree t
           join dealer_contribution c on c.dealer_id = t.id and t.id <> t.root_id and c.deleted_at is null
          where c.currency_code = ? and c.period_key in (select period_key from months)
          group by t.root_id),
       period_lines as (
         select c.dealer_id, l.product_id, l.category_ids, l.amount, l.quantity
           from dealer_contribution c
           join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
          where c.deleted_at is null and c.currency_code = ? and c.dealer_id in (select id from dealers)
            and c.period_key in (select period_key from months)
            and exists (select 1 from focus_keys)),
       focus as (
         select dealer_id, key, sum(amount) as amount, sum(quantity) as quantity
           from (select pl.dealer_id, f.key, pl.amount, pl.quantity
                   from period_lines pl join focus_keys f on f.type = 'product' and f.ref = pl.product_id
                 union all
                 select pl.dealer_id, f.key, pl.amount, pl.quantity
                   from period_lines pl cross join unnest(pl.category_ids) as category(id)
                   join focus_keys f on f.type = 'category' and f.ref = category.id) matched
          group by dealer_id, key),
       focus_by_dealer as (
         select dealer_id, jsonb_object_agg(key, jsonb_build_object('amount', amount::text, 'quantity', quantity::text)) as focus
           from focus group by dealer_id)
  select d.id as dealer_id,
         coalesce(own.sales, 0)::text as sales_amount,
         coalesce(own.orders, 0)::int as order_count,
         own.last_year_sales::text as last_year_sales_amount,
         plans.target::text as plan_target,
         coalesce(sub_network.sales, 0)::text as sub_network_amount,
         coalesce(focus_by_dealer.focus, '{}'::jsonb) as focus
    from dealers d
    left join own on own.dealer_id = d.id
    left join plans on plans.dealer_id = d.id
    left join sub_network on sub_network.dealer_id = d.id
    left join focus_by_dealer on focus_by_dealer.dealer_id = d.id
   order by d.id`

/** The period's facts of each dealer, in the order of `dealerIds`' sorted ids. */
export async function loadRewardFacts(knex: Knex, filter: RewardFactsFilter): Promise<RewardFacts[]> {
  if (!filter.dealerIds.length) return []
  const lastYear = filter.months.map((month) => shiftMonth(month, -12))
  const { rows } = await knex.raw(FACTS_SQL, [
    JSON.stringify(filter.dealerIds),
    JSON.stringify(filter.months),
    JSON.stringify(lastYear),
    JSON.stringify(filter.focusKeys),
    filter.currencyCode,
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
