// The running totals of the plan ledger (dealer_contribution_total and
// dealer_focus_total) and how they are read. The totals follow the ledger
// entry by entry in the transaction that writes or removes the entries, so
// they always equal the ledger's sums; the migration that creates them fills
// them from the ledger with the same statements.

/** Every focus key a contribution line (l) counts for: its product, and each of its categories once. */
const LINE_FOCUS_KEYS = `cross join lateral (
         select 'product:' || l.product_id as focus_key where l.product_id is not null
         union
         select 'category:' || category_id from unnest(l.category_ids) as category_id
       ) k`

const RAW_AMOUNT = (column: string) => `jsonb_build_object('value', (${column})::text, 'precision', 20)`

/**
 * Adds the contributions picked by `where` (a condition on c, the ledger) to
 * the totals, times `sign` (1 when they are written, -1 when removed). Two
 * upserts: a concurrent entry of the same dealer waits on the row lock and
 * adds to what the first one left, so both count. Each statement locks its
 * rows in key order, so two writers of the same keys cannot deadlock on them.
 */
export function applyToTotalsSql(where: string, sign: 1 | -1): string[] {
  return [
    `insert into dealer_contribution_total as t
            (id, dealer_id, period_key, currency_code, amount, raw_amount, order_count)
     select 'dctot_' || replace(gen_random_uuid()::text, '-', ''), c.dealer_id, c.period_key, c.currency_code,
            ${sign} * sum(c.amount), ${RAW_AMOUNT(`${sign} * sum(c.amount)`)}, ${sign} * sum(c.order_count)
       from dealer_contribution c
      where c.deleted_at is null and (${where})
      group by c.dealer_id, c.period_key, c.currency_code
      order by c.dealer_id, c.period_key, c.currency_code
     on conflict (dealer_id, period_key, currency_code) where deleted_at is null do update
        set amount = t.amount + excluded.amount,
            raw_amount = ${RAW_AMOUNT("t.amount + excluded.amount")},
            order_count = t.order_count + excluded.order_count,
            updated_at = now()`,
    `insert into dealer_focus_total as t
            (id, dealer_id, period_key, currency_code, focus_key, amount, raw_amount, quantity)
     select 'dftot_' || replace(gen_random_uuid()::text, '-', ''), c.dealer_id, c.period_key, c.currency_code, k.focus_key,
            ${sign} * sum(l.amount), ${RAW_AMOUNT(`${sign} * sum(l.amount)`)}, ${sign} * sum(l.quantity)
       from dealer_contribution c
       join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
       ${LINE_FOCUS_KEYS}
      where c.deleted_at is null and (${where})
      group by c.dealer_id, c.period_key, c.currency_code, k.focus_key
      order by c.dealer_id, c.period_key, c.currency_code, k.focus_key
     on conflict (dealer_id, period_key, focus_key, currency_code) where deleted_at is null do update
        set amount = t.amount + excluded.amount,
            raw_amount = ${RAW_AMOUNT("t.amount + excluded.amount")},
            quantity = t.quantity + excluded.quantity,
            updated_at = now()`,
  ]
}

/**
 * Which dealers and periods a read covers, and the moment it counts up to
 * (none: everything credited). The dealers are a list, or `dealersFrom`, a
 * relation (a CTE) of the enclosing query with an `id` column.
 */
export type CreditedScope = { periodKeys: string[]; dealerIds?: string[]; dealersFrom?: string; until?: Date }

const inJsonList = (column: string) => `${column} = any(array(select jsonb_array_elements_text(?::jsonb)))`

function scopeFilter(alias: string, scope: CreditedScope, bindings: unknown[]) {
  // One period as a plain value: PostgreSQL then knows how few rows it picks and reads the period's index.
  const single = scope.periodKeys.length === 1
  bindings.push(single ? scope.periodKeys[0] : JSON.stringify(scope.periodKeys))
  let sql = `${alias}.deleted_at is null and ${single ? `${alias}.period_key = ?` : inJsonList(`${alias}.period_key`)}`
  if (scope.dealerIds) {
    bindings.push(JSON.stringify(scope.dealerIds))
    sql += ` and ${inJsonList(`${alias}.dealer_id`)}`
  }
  if (scope.dealersFrom) sql += ` and ${alias}.dealer_id in (select id from ${scope.dealersFrom})`
  return sql
}

/** Entries of the scope credited after its cut (c: the ledger). */
function creditedLaterFilter(scope: CreditedScope, bindings: unknown[]) {
  const filter = scopeFilter("c", scope, bindings)
  bindings.push(scope.until)
  return `${filter} and c.occurred_at > ?`
}

/**
 * A subquery of what the ledger credited per dealer, period and currency
 * (dealer_id, period_key, currency_code, amount, order_count): the totals,
 * less the entries credited after the cut when there is one. Its bindings
 * are appended to `bindings` in order.
 */
export function creditedTotalsSql(scope: CreditedScope, bindings: unknown[]): string {
  const totals = `select t.dealer_id, t.period_key, t.currency_code, t.amount, t.order_count
                    from dealer_contribution_total t where ${scopeFilter("t", scope, bindings)}`
  if (!scope.until) return totals
  return `select dealer_id, period_key, currency_code, sum(amount) as amount, sum(order_count)::int as order_count
            from (${totals}
                  union all
                  select c.dealer_id, c.period_key, c.currency_code, -c.amount, -c.order_count
                    from dealer_contribution c where ${creditedLaterFilter(scope, bindings)}) credited
           group by dealer_id, period_key, currency_code`
}

/**
 * A subquery of each dealer's plan and what the ledger credited, per period,
 * in the standing's columns (dealer_id, period_key, plan_id,
 * plan_currency_code, target_amount, target_order_count, actual_amount,
 * actual_order_count), cut like `creditedTotalsSql`: the standing as it stood
 * at the scope's cut. A row per dealer and period with a plan or sales.
 */
export function creditedStandingSql(scope: CreditedScope, bindings: unknown[]): string {
  const credited = creditedTotalsSql(scope, bindings)
  return `select coalesce(p.dealer_id, a.dealer_id) as dealer_id, coalesce(p.period_key, a.period_key) as period_key,
                 p.id as plan_id, p.currency_code as plan_currency_code, p.target_amount, p.target_order_count,
                 coalesce(a.amount, 0) as actual_amount, coalesce(a.order_count, 0) as actual_order_count
            from (select dealer_id, period_key, sum(amount) as amount, sum(order_count) as order_count
                    from (${credited}) credited group by dealer_id, period_key) a
            full outer join (select p.id, p.dealer_id, p.period_key, p.currency_code, p.target_amount, p.target_order_count
                               from dealer_sales_plan p where ${scopeFilter("p", scope, bindings)}) p
              on p.dealer_id = a.dealer_id and p.period_key = a.period_key`
}

/**
 * A subquery of what the ledger's lines credited per dealer, period, currency
 * and focus key (dealer_id, period_key, currency_code, focus_key, amount,
 * quantity), cut like `creditedTotalsSql`.
 */
export function creditedFocusSql(scope: CreditedScope, bindings: unknown[]): string {
  const totals = `select t.dealer_id, t.period_key, t.currency_code, t.focus_key, t.amount, t.quantity
                    from dealer_focus_total t where ${scopeFilter("t", scope, bindings)}`
  if (!scope.until) return totals
  return `select dealer_id, period_key, currency_code, focus_key, sum(amount) as amount, sum(quantity) as quantity
            from (${totals}
                  union all
                  select c.dealer_id, c.period_key, c.currency_code, k.focus_key, -l.amount, -l.quantity
                    from dealer_contribution c
                    join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
                    ${LINE_FOCUS_KEYS}
                   where ${creditedLaterFilter(scope, bindings)}) credited
           group by dealer_id, period_key, currency_code, focus_key`
}
