import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { PaymentState, StoreDealerOrder } from "../types/store"
import { dealerOrdersSql } from "./receivables"

// A dealer's orders as its members see them in the store: every standing order
// (the receivables' definition), paid or not, with its payment state and due day.

export type DealerOrdersFilter = {
  dealerId: string
  /** The calling customer, whose own orders are marked. */
  customerId: string
  asOfDay: string
  timeZone: string
  paymentStates?: PaymentState[]
  overdueOnly?: boolean
  limit: number
  offset: number
}

const PAYMENT_STATE = `case when outstanding <= 0 then 'paid' when paid > 0 then 'partially_paid' else 'unpaid' end`

/** One page of a dealer's orders, newest first, and how many there are. */
export async function listDealerOrders(
  knex: Knex,
  filter: DealerOrdersFilter
): Promise<{ orders: StoreDealerOrder[]; count: number }> {
  const { sql, bindings } = dealerOrdersSql({ dealerIds: [filter.dealerId], asOfDay: filter.asOfDay, timeZone: filter.timeZone })
  const conditions: string[] = []
  const extra: unknown[] = []
  if (filter.paymentStates?.length) {
    conditions.push(`payment_state = any(array(select jsonb_array_elements_text(?::jsonb)))`)
    extra.push(JSON.stringify(filter.paymentStates))
  }
  if (filter.overdueOnly) conditions.push("overdue_days > 0")
  const filtered = `
    select * from (select orders.*, ${PAYMENT_STATE} as payment_state, orders.customer_id = ? as placed_by_me
                     from (${sql}) orders) orders
     ${conditions.length ? `where ${conditions.join(" and ")}` : ""}`
  // In the order of their placeholders: the caller (placed_by_me), the orders' own, the filters'.
  const all = [filter.customerId, ...bindings, ...extra] as any[]
  const [{ rows }, { rows: counted }] = await Promise.all([
    knex.raw(
      `select order_id, display_id, currency_code, placed_at, placed_by_me, due_at, payment_terms_days,
              total::text, paid::text, greatest(outstanding, 0.00)::text as outstanding, payment_state, overdue_days
         from (${filtered}) orders
        order by placed_at desc, display_id desc
        limit ${Number(filter.limit)} offset ${Number(filter.offset)}`,
      all
    ),
    knex.raw(`select count(*)::int as count from (${filtered}) orders`, all),
  ])
  return { orders: rows, count: counted[0].count }
}
