// The per-dealer-per-period standing (dealer_period_standing): a plan and what
// the ledger credited against it in one row, so the ranked list reads a page
// in attainment order from an index instead of joining and sorting a period.
// Plan writes refresh the plan's side; the statements that keep the ledger's
// totals keep the actual side, in the same transaction as the entries.

const RAW = (column: string) => `jsonb_build_object('value', (${column})::text, 'precision', 20)`

const NEW_ID = `'dpstd_' || replace(gen_random_uuid()::text, '-', '')`

/**
 * Actual over plan, unrounded, the ranking's order: with one expected share
 * for every dealer of a period, the deviation % (actual − plan × share) ÷
 * (plan × share) orders as this ratio. Both sides at scale 30, so PostgreSQL
 * divides equal ratios to equal digits (ties stay ties).
 */
export const ATTAINMENT_SQL = (actual: string, target: string) =>
  `case when ${target} > 0 then round(${actual}, 30) / round(${target}, 30) end`

/**
 * Adds the entries picked by `where` (a condition on c, the ledger) to the
 * standing, times `sign`, as applyToTotalsSql adds them to the totals; the
 * actual counts every currency, as the ranking always has. A new row takes
 * the dealer's plan for the period.
 */
export function applyToStandingSql(where: string, sign: 1 | -1): string {
  return `insert into dealer_period_standing as s
            (id, dealer_id, period_key, plan_id, plan_currency_code, target_amount, raw_target_amount, target_order_count,
             actual_amount, raw_actual_amount, actual_order_count, credited)
     select ${NEW_ID}, a.dealer_id, a.period_key, p.id, p.currency_code, p.target_amount,
            case when p.id is not null then ${RAW("p.target_amount")} end, p.target_order_count,
            a.amount, ${RAW("a.amount")}, a.order_count, true
       from (select c.dealer_id, c.period_key, ${sign} * sum(c.amount) as amount, ${sign} * sum(c.order_count) as order_count
               from dealer_contribution c
              where c.deleted_at is null and (${where})
              group by c.dealer_id, c.period_key) a
       left join dealer_sales_plan p on p.dealer_id = a.dealer_id and p.period_key = a.period_key and p.deleted_at is null
      order by a.dealer_id, a.period_key
     on conflict (dealer_id, period_key) where deleted_at is null do update
        set actual_amount = s.actual_amount + excluded.actual_amount,
            raw_actual_amount = ${RAW("s.actual_amount + excluded.actual_amount")},
            actual_order_count = s.actual_order_count + excluded.actual_order_count,
            credited = true,
            updated_at = now()`
}

/** The dealers and periods of a JSON list of {dealer_id, period_key} (the one binding). */
const KEYS = `select distinct k.dealer_id, k.period_key from jsonb_to_recordset(?::jsonb) as k(dealer_id text, period_key text)`

/**
 * Copies the plans of the given dealers and periods (a JSON list of
 * {dealer_id, period_key}, bound twice) into their standing, and removes the
 * rows left with neither a plan nor ledger entries. Run after the plans are written.
 */
export function refreshStandingPlansSql(): string[] {
  return [
    `insert into dealer_period_standing as s
            (id, dealer_id, period_key, plan_id, plan_currency_code, target_amount, raw_target_amount, target_order_count,
             actual_amount, raw_actual_amount, actual_order_count, credited)
     select ${NEW_ID}, k.dealer_id, k.period_key, p.id, p.currency_code, p.target_amount,
            case when p.id is not null then ${RAW("p.target_amount")} end, p.target_order_count, 0, ${RAW("0")}, 0, false
       from (${KEYS}) k
       left join dealer_sales_plan p on p.dealer_id = k.dealer_id and p.period_key = k.period_key and p.deleted_at is null
      order by k.dealer_id, k.period_key
     on conflict (dealer_id, period_key) where deleted_at is null do update
        set plan_id = excluded.plan_id,
            plan_currency_code = excluded.plan_currency_code,
            target_amount = excluded.target_amount,
            raw_target_amount = excluded.raw_target_amount,
            target_order_count = excluded.target_order_count,
            updated_at = now()`,
    `delete from dealer_period_standing s
      using (${KEYS}) k
      where s.dealer_id = k.dealer_id and s.period_key = k.period_key
        and s.deleted_at is null and s.plan_id is null and not s.credited`,
  ]
}

/**
 * Rebuilds every standing from the plans and the ledger's totals (the
 * migration's backfill, and the bench's seed, which writes past the service).
 */
export const REBUILD_STANDING_SQL = `insert into dealer_period_standing as s
         (id, dealer_id, period_key, plan_id, plan_currency_code, target_amount, raw_target_amount, target_order_count,
          actual_amount, raw_actual_amount, actual_order_count, credited)
  select ${NEW_ID}, coalesce(p.dealer_id, t.dealer_id), coalesce(p.period_key, t.period_key), p.id, p.currency_code,
         p.target_amount, case when p.id is not null then ${RAW("p.target_amount")} end, p.target_order_count,
         coalesce(t.amount, 0), ${RAW("coalesce(t.amount, 0)")}, coalesce(t.order_count, 0), t.dealer_id is not null
    from (select id, dealer_id, period_key, currency_code, target_amount, target_order_count
            from dealer_sales_plan where deleted_at is null) p
    full outer join (select dealer_id, period_key, sum(amount) as amount, sum(order_count) as order_count
                       from dealer_contribution_total where deleted_at is null
                      group by dealer_id, period_key) t
      on t.dealer_id = p.dealer_id and t.period_key = p.period_key
  on conflict (dealer_id, period_key) where deleted_at is null do update
     set plan_id = excluded.plan_id, plan_currency_code = excluded.plan_currency_code,
         target_amount = excluded.target_amount, raw_target_amount = excluded.raw_target_amount,
         target_order_count = excluded.target_order_count, actual_amount = excluded.actual_amount,
         raw_actual_amount = excluded.raw_actual_amount, actual_order_count = excluded.actual_order_count,
         credited = excluded.credited, updated_at = now()`
