import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  AGEING_BUCKETS,
  type ReceivableBalance,
  type ReceivableOrder as ReceivableOrderView,
  type ReceivablesAgeing,
} from "../types/wholesale"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayKeyOf } from "../lib/periods"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { agreementInForceLateral } from "./agreement-in-force"

// What dealers owe on their orders, from Medusa's own order data: an order's
// summary keeps `pending_difference` = current total (after returns and
// credit lines) minus captured payments plus refunds. Medusa keeps totals
// unrounded (taxes); an invoice is in cents, so each order's figures are
// rounded to cents before they are added up. An order is due
// payment_terms_days after it was placed, under the agreement in force then.

export type ReceivablesFilter = {
  dealerIds?: string[]
  /** The day ("YYYY-MM-DD") overdue days are counted to. */
  asOfDay: string
  /** IANA zone whose calendar days count. */
  timeZone: string
}

/** An unpaid order of a dealer, with its due day and age, and Medusa's unrounded pending difference (what settles it). */
export type ReceivableOrder = ReceivableOrderView & { dealer_id: string; pending_difference: string }

/** What a dealer owes in one currency. */
export type DealerReceivables = ReceivableBalance & { dealer_id: string }

const summaryAmount = (key: string) =>
  `coalesce(s.totals->'raw_${key}'->>'value', s.totals->>'${key}')::numeric`

// The dealers' orders: those attributed to them, and their members' orders the
// order.placed subscriber has not attributed yet (so a checkout right after
// another one already counts it).
const DEALER_ORDER_IDS = `
  dealer_orders as (
    select l.dealer_id, l.order_id
      from dealernetwork_dealer_order_order l
     where l.deleted_at is null LINK_FILTER
    union
    select m.dealer_id, o.id
      from dealer_member m
      join "order" o on o.customer_id = m.customer_id
     where m.deleted_at is null MEMBER_FILTER
       and not exists (select 1 from dealernetwork_dealer_order_order l
                        where l.order_id = o.id and l.deleted_at is null)
  )`

// A standing order (not canceled, not a draft) of dealer_orders `d`, with its current summary `s`.
const STANDING_ORDERS = `
      from dealer_orders d
      join "order" o on o.id = d.order_id and o.deleted_at is null
       and o.status not in ('canceled', 'draft') and not coalesce(o.is_draft_order, false)
      join order_summary s on s.order_id = o.id and s.version = o.version and s.deleted_at is null`

// Each standing order with its figures, due day and days overdue while unpaid.
const DEALER_ORDERS = `
  with ${DEALER_ORDER_IDS}, figures as (
    select d.dealer_id, o.id as order_id, o.display_id, o.currency_code, o.customer_id, o.created_at as placed_at,
           coalesce(terms.payment_terms_days, 0) as payment_terms_days,
           round(${summaryAmount("current_order_total")}, 2) as total,
           round(${summaryAmount("paid_total")} - ${summaryAmount("refunded_total")}, 2) as paid,
           round(${summaryAmount("pending_difference")}, 2) as outstanding,
           ${summaryAmount("pending_difference")} as pending_difference,
           o.created_at + make_interval(days => coalesce(terms.payment_terms_days, 0)) as due_at
      ${STANDING_ORDERS}
      left join ${agreementInForceLateral("d.dealer_id", "o.created_at")} terms on true
  )
  select figures.*,
         case when outstanding > 0 then greatest(0, ?::date - (due_at at time zone ?)::date) else 0 end as overdue_days
    from figures`

const DEALER_IN_LIST = "= any(array(select jsonb_array_elements_text(?::jsonb)))"

/** `sql` with dealer_orders narrowed to the dealers (all when not given), and the bindings of that filter. */
function withDealerFilter(sql: string, dealerIds: string[] | undefined): { sql: string; bindings: unknown[] } {
  if (!dealerIds) return { sql: sql.replace("LINK_FILTER", "").replace("MEMBER_FILTER", ""), bindings: [] }
  const dealers = JSON.stringify(dealerIds)
  return {
    sql: sql.replace("LINK_FILTER", `and l.dealer_id ${DEALER_IN_LIST}`).replace("MEMBER_FILTER", `and m.dealer_id ${DEALER_IN_LIST}`),
    bindings: [dealers, dealers],
  }
}

/** The dealers' standing orders, paid or not (one row each, with overdue_days), as one SQL statement and its bindings. */
export function dealerOrdersSql(filter: ReceivablesFilter): { sql: string; bindings: unknown[] } {
  const { sql, bindings } = withDealerFilter(DEALER_ORDERS, filter.dealerIds)
  return { sql, bindings: [...bindings, filter.asOfDay, filter.timeZone] }
}

/**
 * What a dealer owes in a currency: the `outstanding` of sumReceivables
 * (unpaid orders' pending differences in cents, added up; "0" when none),
 * without the due days and ageing, which need each order's agreement.
 */
export async function sumOutstanding(knex: Knex, dealerId: string, currencyCode: string): Promise<string> {
  const { sql, bindings } = withDealerFilter(
    `with ${DEALER_ORDER_IDS}, figures as (
       select round(${summaryAmount("pending_difference")}, 2) as outstanding
         ${STANDING_ORDERS}
        where o.currency_code = ?)
     select sum(outstanding)::text as outstanding from figures where outstanding > 0`,
    [dealerId]
  )
  const { rows } = await knex.raw(sql, [...bindings, currencyCode] as any[])
  return rows[0]?.outstanding ?? "0"
}

/** The unpaid orders (one row each, with overdue_days and ageing bucket) as one SQL statement and its bindings, for read models that aggregate them. */
export function unpaidOrdersSql(filter: ReceivablesFilter): { sql: string; bindings: unknown[] } {
  const { sql, bindings } = dealerOrdersSql(filter)
  return {
    sql: `select orders.*,
         case when overdue_days = 0 then 'current'
              when overdue_days <= 30 then 'overdue_1_30'
              when overdue_days <= 60 then 'overdue_31_60'
              when overdue_days <= 90 then 'overdue_61_90'
              else 'overdue_over_90' end as bucket
    from (${sql}) orders where outstanding > 0`,
    bindings,
  }
}

/** The dealers' unpaid orders, oldest due first. */
export async function listUnpaidOrders(knex: Knex, filter: ReceivablesFilter): Promise<ReceivableOrder[]> {
  const { sql, bindings } = unpaidOrdersSql(filter)
  const { rows } = await knex.raw(
    `select dealer_id, order_id, display_id, currency_code, placed_at, due_at, payment_terms_days,
            total::text, paid::text, outstanding::text, pending_difference::text, overdue_days, bucket
       from (${sql}) orders order by due_at, display_id`,
    bindings as any[]
  )
  return rows
}

/** The outstanding amount of each ageing bucket, as select columns over unpaid orders. */
const BUCKET_SUMS = AGEING_BUCKETS.map(
  (bucket) => `coalesce(sum(outstanding) filter (where bucket = '${bucket}'), 0.00)::text as ${bucket}`
).join(",\n            ")

/** Balances per dealer and currency, aged; most overdue first. */
export async function sumReceivables(
  knex: Knex,
  filter: ReceivablesFilter & { overdueOnly?: boolean; limit?: number; offset?: number }
): Promise<{ rows: DealerReceivables[]; count: number }> {
  const { sql, bindings } = unpaidOrdersSql(filter)
  const grouped = `
    select dealer_id, currency_code, count(*)::int as order_count,
           sum(outstanding)::text as outstanding,
           coalesce(sum(outstanding) filter (where overdue_days > 0), 0.00)::text as overdue,
           max(overdue_days)::int as max_overdue_days, min(due_at) as oldest_due_at,
            ${BUCKET_SUMS}
      from (${sql}) orders
     group by dealer_id, currency_code
     ${filter.overdueOnly ? "having max(overdue_days) > 0" : ""}`
  const { rows } = await knex.raw(
    `select *, count(*) over ()::int as total_count from (${grouped}) balances
      order by overdue::numeric desc, outstanding::numeric desc, dealer_id
      ${filter.limit != null ? `limit ${Number(filter.limit)} offset ${Number(filter.offset ?? 0)}` : ""}`,
    bindings as any[]
  )
  const count = rows[0]?.total_count ?? 0
  return { rows: rows.map(({ total_count: _count, ...row }: any) => row), count }
}

/** What the dealers (all, or those of the filter) owe per currency, by ageing bucket. */
export async function sumAgeingByCurrency(knex: Knex, filter: ReceivablesFilter): Promise<ReceivablesAgeing[]> {
  const { sql, bindings } = unpaidOrdersSql(filter)
  const { rows } = await knex.raw(
    `select currency_code, count(distinct dealer_id)::int as dealers, sum(outstanding)::text as outstanding,
            ${BUCKET_SUMS}
       from (${sql}) orders
      group by currency_code order by currency_code`,
    bindings as any[]
  )
  return rows
}

/** Overdue balances over all dealers, per currency: how much, on how many orders of how many dealers. */
export async function sumOverdueByCurrency(
  knex: Knex,
  filter: ReceivablesFilter
): Promise<{ currency_code: string; dealers: number; orders: number; overdue: string }[]> {
  const { sql, bindings } = unpaidOrdersSql(filter)
  const { rows } = await knex.raw(
    `select currency_code, count(distinct dealer_id)::int as dealers, count(*)::int as orders, sum(outstanding)::text as overdue
       from (${sql}) orders where overdue_days > 0
      group by currency_code order by currency_code`,
    bindings as any[]
  )
  return rows
}

/**
 * One dealer's receivables as of a day (today in the plugin's time zone by
 * default): balances per currency, aged, with the unpaid orders behind them and
 * the credit terms of the agreement in force.
 */
export async function dealerReceivables(scope: MedusaContainer, dealerId: string, asOfDay?: string) {
  const network: DealerNetworkModuleService = scope.resolve(DEALER_NETWORK_MODULE)
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { timeZone } = network.getOptions()
  const filter = { dealerIds: [dealerId], asOfDay: asOfDay ?? dayKeyOf(new Date(), timeZone), timeZone }
  const [{ rows: balances }, orders, agreement] = await Promise.all([
    sumReceivables(knex, filter),
    listUnpaidOrders(knex, filter),
    network.retrieveEffectiveAgreement(dealerId),
  ])
  return {
    dealer_id: dealerId,
    as_of: filter.asOfDay,
    terms: agreement && {
      agreement_id: agreement.id,
      agreement_number: agreement.number,
      payment_terms_days: agreement.payment_terms_days,
      credit_limit: agreement.credit_limit == null ? null : String(agreement.credit_limit),
    },
    balances: balances.map(({ dealer_id: _dealer, ...balance }) => balance),
    orders: orders.map(({ dealer_id: _dealer, pending_difference: _exact, ...order }) => order),
  }
}
