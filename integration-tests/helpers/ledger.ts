import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"

let saleNo = 0

/**
 * A sale written straight into the plan ledger, as the order.placed subscriber
 * writes an order's, for tests that need figures but no checkout.
 */
export async function recordTestSale(
  container: MedusaContainer,
  sale: { dealerId: string; period: string; amount: string; orderCount?: number; occurredAt?: Date }
) {
  saleNo += 1
  const orderId = `order_test_${saleNo}`
  await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).recordContribution({
    dealer_id: sale.dealerId,
    order_id: orderId,
    cause: "order_placed",
    source_id: orderId,
    period_key: sale.period,
    occurred_at: sale.occurredAt ?? new Date(),
    currency_code: "eur",
    amount: sale.amount,
    order_count: sale.orderCount ?? 1,
    lines: [],
  })
}

/** The totals' rows, as compared: money as exact decimals, one sorted list per table. */
export type LedgerTotalsSnapshot = { totals: string[][]; focus: string[][]; standing: string[][] }

const TOTALS_SQL = `select dealer_id, period_key, currency_code, amount::text, order_count::text, raw_amount->>'value'
                      from dealer_contribution_total where deleted_at is null order by 1, 2, 3`
const FOCUS_SQL = `select dealer_id, period_key, currency_code, focus_key, amount::text, quantity::text, raw_amount->>'value'
                     from dealer_focus_total where deleted_at is null order by 1, 2, 3, 4`
const STANDING_SQL = `select dealer_id, period_key, plan_id, plan_currency_code, target_amount::text, target_order_count,
                             actual_amount::text, actual_order_count, credited, attainment::text
                        from dealer_period_standing where deleted_at is null order by 1, 2`

export async function ledgerTotals(knex: Knex): Promise<LedgerTotalsSnapshot> {
  const rowsOf = async (sql: string) => (await knex.raw(sql)).rows.map((row: object) => Object.values(row).map(String))
  return { totals: await rowsOf(TOTALS_SQL), focus: await rowsOf(FOCUS_SQL), standing: await rowsOf(STANDING_SQL) }
}

/**
 * Where the running totals differ from what the ledger sums to: per dealer,
 * period and currency (amount, order count), and per focus key over the lines
 * (a line counts for its product and once for each of its categories). A
 * group missing on one side counts as zero there. Empty when they agree.
 */
export async function ledgerTotalsMismatches(knex: Knex): Promise<Record<string, unknown>[]> {
  const { rows: totals } = await knex.raw(
    `with ledger as (
       select dealer_id, period_key, currency_code, sum(amount) as amount, sum(order_count) as order_count
         from dealer_contribution where deleted_at is null
        group by dealer_id, period_key, currency_code
     ), kept as (select * from dealer_contribution_total where deleted_at is null)
     select dealer_id, period_key, currency_code, l.amount::text as ledger_amount, k.amount::text as total_amount,
            l.order_count::int as ledger_orders, k.order_count as total_orders, k.raw_amount->>'value' as total_raw
       from ledger l full outer join kept k using (dealer_id, period_key, currency_code)
      where coalesce(l.amount, 0) <> coalesce(k.amount, 0) or coalesce(l.order_count, 0) <> coalesce(k.order_count, 0)
         or (k.raw_amount->>'value')::numeric <> k.amount`
  )
  const { rows: focus } = await knex.raw(
    `with lines as (
       select c.dealer_id, c.period_key, c.currency_code, l.product_id, l.category_ids, l.amount, l.quantity
         from dealer_contribution c
         join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
        where c.deleted_at is null
     ), keyed as (
       select dealer_id, period_key, currency_code, 'product:' || product_id as focus_key, amount, quantity
         from lines where product_id is not null
       union all
       select dealer_id, period_key, currency_code, 'category:' || category_id, amount, quantity
         from lines cross join lateral (select distinct unnest(category_ids) as category_id) categories
     ), ledger as (
       select dealer_id, period_key, currency_code, focus_key, sum(amount) as amount, sum(quantity) as quantity
         from keyed group by dealer_id, period_key, currency_code, focus_key
     ), kept as (select * from dealer_focus_total where deleted_at is null)
     select dealer_id, period_key, currency_code, focus_key, l.amount::text as ledger_amount, k.amount::text as total_amount,
            l.quantity::int as ledger_quantity, k.quantity as total_quantity
       from ledger l full outer join kept k using (dealer_id, period_key, currency_code, focus_key)
      where coalesce(l.amount, 0) <> coalesce(k.amount, 0) or coalesce(l.quantity, 0) <> coalesce(k.quantity, 0)
         or (k.raw_amount->>'value')::numeric <> k.amount`
  )
  return [
    ...totals.map((row: object) => ({ table: "totals", ...row })),
    ...focus.map((row: object) => ({ table: "focus", ...row })),
    ...(await standingMismatches(knex)).map((row: object) => ({ table: "standing", ...row })),
  ]
}

/**
 * Where the standing differs from its dealer's plan and the ledger's sum (every
 * currency) for the period: a row for each dealer and period with a plan or
 * ledger totals, none for any other.
 */
async function standingMismatches(knex: Knex): Promise<Record<string, unknown>[]> {
  const { rows } = await knex.raw(
    `with plans as (
       select dealer_id, period_key, id, currency_code, target_amount, target_order_count
         from dealer_sales_plan where deleted_at is null
     ), ledger as (
       select dealer_id, period_key, sum(amount) as amount, sum(order_count) as order_count
         from dealer_contribution where deleted_at is null group by dealer_id, period_key
     ), keys as (
       select dealer_id, period_key from plans
       union select dealer_id, period_key from dealer_contribution_total where deleted_at is null
     ), expected as (
       select k.dealer_id, k.period_key, p.id as plan_id, p.currency_code, p.target_amount, p.target_order_count,
              coalesce(l.amount, 0) as amount, coalesce(l.order_count, 0) as order_count
         from keys k
         left join plans p on p.dealer_id = k.dealer_id and p.period_key = k.period_key
         left join ledger l on l.dealer_id = k.dealer_id and l.period_key = k.period_key
     ), kept as (select * from dealer_period_standing where deleted_at is null)
     select coalesce(e.dealer_id, k.dealer_id) as dealer_id, coalesce(e.period_key, k.period_key) as period_key,
            e.plan_id as plan, k.plan_id as kept_plan, e.target_amount::text as target, k.target_amount::text as kept_target,
            e.amount::text as ledger_amount, k.actual_amount::text as kept_amount,
            e.order_count::int as ledger_orders, k.actual_order_count as kept_orders, k.attainment::text as attainment
       from expected e
       full outer join kept k on k.dealer_id = e.dealer_id and k.period_key = e.period_key
      where e.dealer_id is null or k.dealer_id is null
         or e.plan_id is distinct from k.plan_id or e.currency_code is distinct from k.plan_currency_code
         or e.target_amount is distinct from k.target_amount or e.target_order_count is distinct from k.target_order_count
         or e.amount <> k.actual_amount or e.order_count <> k.actual_order_count
         or (k.raw_actual_amount->>'value')::numeric <> k.actual_amount
         or (k.raw_target_amount->>'value')::numeric is distinct from k.target_amount
         or (coalesce(k.target_amount, 0) > 0) <> (k.attainment is not null)
         or abs(k.attainment - k.actual_amount / nullif(k.target_amount, 0)) > 1e-12`
  )
  return rows
}
