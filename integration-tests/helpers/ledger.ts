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
export type LedgerTotalsSnapshot = { totals: string[][]; focus: string[][] }

const TOTALS_SQL = `select dealer_id, period_key, currency_code, amount::text, order_count::text, raw_amount->>'value'
                      from dealer_contribution_total where deleted_at is null order by 1, 2, 3`
const FOCUS_SQL = `select dealer_id, period_key, currency_code, focus_key, amount::text, quantity::text, raw_amount->>'value'
                     from dealer_focus_total where deleted_at is null order by 1, 2, 3, 4`

export async function ledgerTotals(knex: Knex): Promise<LedgerTotalsSnapshot> {
  const rowsOf = async (sql: string) => (await knex.raw(sql)).rows.map((row: object) => Object.values(row).map(String))
  return { totals: await rowsOf(TOTALS_SQL), focus: await rowsOf(FOCUS_SQL) }
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
  return [...totals.map((row: object) => ({ table: "totals", ...row })), ...focus.map((row: object) => ({ table: "focus", ...row }))]
}
