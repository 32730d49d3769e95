import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { contestMonthShares, sameDayLastYear } from "../lib/contest-prizes"
import { endOfDayInstant, startOfDayInstant } from "../lib/zoned-time"
import type { ContestMetric } from "../types/engagement"
import { audienceSql } from "./event-audience"

// A contest's standings: every participant's figure on the contest's metric
// over its days, in one SQL query over the plan ledger (dealer_contribution and
// its lines; the plans for attainment; Medusa's orders for new customers), with
// the instant each one's running total reached its figure (the `earliest` tie
// rule). Ranking and prizes are pure maths (src/lib/contest-prizes.ts).

export type ContestForStandings = {
  id: string
  starts_on: string
  ends_on: string
  metric: ContestMetric
  focus_key: string | null
  currency_code: string
}

export type ContestFigure = {
  dealer_id: string
  dealer_code: string
  dealer_name: string
  /** Money and quantities as summed; percentages rounded half-up to 2 decimals; null: no figure. */
  value: string | null
  reached_at: Date | null
}

/** The contributions credited during the contest, in its currency, of its participants. */
const CREDITED = `c.deleted_at is null and c.currency_code = :currency
  and c.dealer_id in (select id from participants)
  and c.occurred_at >= :from and c.occurred_at < :to`

/** Each metric's signed movements (dealer_id, occurred_at, seq, delta): the figure is their sum. */
const MEASURES: Record<"sales" | "focus_amount" | "focus_quantity" | "new_customer_orders", string> = {
  sales: `select c.dealer_id, c.occurred_at, c.id as seq, c.amount as delta from dealer_contribution c where ${CREDITED}`,
  focus_amount: focusMeasure("l.amount"),
  focus_quantity: focusMeasure("l.quantity"),
  // Orders (a cancellation takes its order back) from customers with no order credited to the dealer before the start.
  new_customer_orders: `select c.dealer_id, c.occurred_at, c.id as seq, c.order_count as delta
    from dealer_contribution c join "order" o on o.id = c.order_id
   where ${CREDITED} and c.order_count <> 0 and o.customer_id is not null
     and not exists (
       select 1 from dealer_contribution earlier join "order" eo on eo.id = earlier.order_id
        where earlier.dealer_id = c.dealer_id and earlier.deleted_at is null and earlier.cause = 'order_placed'
          and earlier.occurred_at < :from and eo.customer_id = o.customer_id)`,
}

function focusMeasure(delta: string) {
  return `select c.dealer_id, c.occurred_at, l.id as seq, ${delta} as delta
    from dealer_contribution c join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
   where ${CREDITED}
     and case split_part(:focus, ':', 1)
           when 'product' then l.product_id = substr(:focus, strpos(:focus, ':') + 1)
           when 'category' then substr(:focus, strpos(:focus, ':') + 1) = any(l.category_ids)
           else false end`
}

const measureOf = (metric: ContestMetric) =>
  metric === "focus_amount" || metric === "focus_quantity" || metric === "new_customer_orders" ? MEASURES[metric] : MEASURES.sales

const FIGURES: Record<ContestMetric, string> = {
  sales_amount: "coalesce(totals.total, 0)",
  focus_amount: "coalesce(totals.total, 0)",
  focus_quantity: "coalesce(totals.total, 0)",
  new_customer_orders: "coalesce(totals.total, 0)",
  attainment_percent: "case when plan.target > 0 then round(coalesce(totals.total, 0) / plan.target * 100, 2) end",
  growth_percent:
    "case when last_year.sales > 0 then round((coalesce(totals.total, 0) - last_year.sales) / last_year.sales * 100, 2) end",
}

/**
 * The figures of every participant of the contest (its audience now: active
 * dealers only), by dealer code. The contest's days run from the start of
 * `starts_on` to the end of `ends_on` in `timeZone`.
 */
export async function loadContestFigures(
  knex: Knex,
  contest: ContestForStandings,
  timeZone: string
): Promise<ContestFigure[]> {
  const from = startOfDayInstant(contest.starts_on, timeZone)
  const to = new Date(endOfDayInstant(contest.ends_on, timeZone).getTime() + 1)
  const lastYearFrom = startOfDayInstant(sameDayLastYear(contest.starts_on), timeZone)
  const lastYearTo = new Date(endOfDayInstant(sameDayLastYear(contest.ends_on), timeZone).getTime() + 1)
  const { rows } = await knex.raw(
    `with participants as (
       select d.id, d.code, d.name from dealer_contest k join dealer d on true
        where k.id = :contest and ${audienceSql("k")}),
     measure as (${measureOf(contest.metric)}),
     totals as (select dealer_id, sum(delta) as total from measure group by dealer_id),
     running as (
       select dealer_id, occurred_at,
              sum(delta) over (partition by dealer_id order by occurred_at, seq rows unbounded preceding) as run
         from measure),
     reached as (
       select r.dealer_id, min(r.occurred_at) as reached_at
         from running r join totals t on t.dealer_id = r.dealer_id
        where t.total > 0 and r.run >= t.total group by r.dealer_id),
     months as (
       select share->>'month' as month, (share->>'days')::numeric as days, (share->>'month_days')::numeric as month_days
         from jsonb_array_elements(:shares::jsonb) share),
     plan as (
       select p.dealer_id, sum(p.target_amount * m.days / m.month_days) as target
         from dealer_sales_plan p join months m on m.month = p.period_key
        where p.deleted_at is null and p.currency_code = :currency and p.dealer_id in (select id from participants)
        group by p.dealer_id),
     last_year as (
       select c.dealer_id, sum(c.amount) as sales from dealer_contribution c
        where c.deleted_at is null and c.currency_code = :currency and c.dealer_id in (select id from participants)
          and c.occurred_at >= :lastYearFrom and c.occurred_at < :lastYearTo
        group by c.dealer_id)
     select p.id as dealer_id, p.code as dealer_code, p.name as dealer_name,
            (${FIGURES[contest.metric]})::text as value, reached.reached_at
       from participants p
       left join totals on totals.dealer_id = p.id
       left join reached on reached.dealer_id = p.id
       left join plan on plan.dealer_id = p.id
       left join last_year on last_year.dealer_id = p.id
      order by p.code, p.id`,
    {
      contest: contest.id,
      currency: contest.currency_code,
      from,
      to,
      lastYearFrom,
      lastYearTo,
      focus: contest.focus_key ?? "",
      shares: JSON.stringify(contestMonthShares(contest.starts_on, contest.ends_on)),
    }
  )
  return rows.map((row: any) => ({ ...row, reached_at: row.reached_at ? new Date(row.reached_at) : null }))
}

/**
 * The contests a dealer takes part in: running (or draft) ones whose audience
 * holds it now, and closed ones with a result for it (a close stores every
 * participant). Cancelled contests never. Newest end first.
 */
export async function listContestIdsOfDealer(
  knex: Knex,
  { dealerId, statuses }: { dealerId: string; statuses: string[] }
): Promise<string[]> {
  const { rows } = await knex.raw(
    `select k.id from dealer_contest k join dealer d on d.id = :dealer
      where k.deleted_at is null and k.status = any(array(select jsonb_array_elements_text(:statuses::jsonb)))
        and case when k.status = 'closed'
                 then exists (select 1 from dealer_contest_result r
                               where r.contest_id = k.id and r.dealer_id = d.id and r.deleted_at is null)
                 when k.status in ('draft', 'running') then ${audienceSql("k")}
                 else false end
      order by k.ends_on desc, k.id`,
    { dealer: dealerId, statuses: JSON.stringify(statuses) }
  )
  return rows.map((row: { id: string }) => row.id)
}
