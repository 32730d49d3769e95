import type { BigNumberValue, Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import BigNumber from "bignumber.js"
import { exactAmount } from "../../lib/amounts"
import { entityIds } from "../../lib/entity-ids"
import { endOfDayInstant } from "../../lib/zoned-time"
import { executeBound } from "../../utils/execute-bound"
import { applyToTotalsSql, CreditedScope, creditedFocusSql, creditedStandingSql, creditedTotalsSql } from "./ledger-totals"
import { applyToStandingSql, ATTAINMENT_SQL, refreshStandingPlansSql } from "./period-standing"
import {
  Contribution,
  ContributionLine,
  ContributionTotal,
  DeviationAlert,
  FocusTotal,
  PeriodStanding,
  PlanTarget,
  SalesPlan,
  SeasonalityProfile,
  TierChange,
} from "./models"
import type {
  ContributionCause,
  GroupProgress,
  MonthlyProgressRow,
  PeriodProgressRow,
  RankedProgressRow,
  RecordContributionInput,
  SavePlanInput,
  TargetProgressRow,
} from "../../types/sales-plan"
import type {
  AlertSnapshot,
  FlaggedAlertInput,
  PlanStandingRow,
  RecordAlertsInput,
  TurnoverWindowRow,
  UnitsOfMonthRow,
} from "./alert-types"

type Row = Record<string, any>

// Keys match the model names, so Query entities (dealer_contribution) find their list methods.
/** Plans per insert statement of a bulk create. */
const PLAN_INSERT_BATCH = 2000

class SalesPlanModuleService extends MedusaService({
  DealerContribution: Contribution,
  DealerContributionLine: ContributionLine,
  DealerContributionTotal: ContributionTotal,
  DealerFocusTotal: FocusTotal,
  DealerSalesPlan: SalesPlan,
  DealerPlanTarget: PlanTarget,
  DealerPeriodStanding: PeriodStanding,
  DealerSeasonalityProfile: SeasonalityProfile,
  DealerDeviationAlert: DeviationAlert,
  DealerTierChange: TierChange,
}) {
  /**
   * Writes a contribution once: a second call with the same dealer, order, cause
   * and source returns the first one unchanged (`created: false`). The advisory
   * lock on the order serialises concurrent deliveries of the same event.
   * The new entry is added to the running totals in the same transaction.
   */
  @InjectTransactionManager()
  async recordContribution(
    input: RecordContributionInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockOrder_(input.order_id, sharedContext)
    const existing = await this.findContribution_(input, sharedContext)
    if (existing) return { contribution: existing, created: false }
    const { lines, ...entry } = input
    const contribution = await this.createDealerContributions(
      { ...entry, amount: exactAmount(entry.amount) },
      sharedContext
    )
    if (lines.length) {
      await this.createDealerContributionLines(
        lines.map((line) => ({ ...line, amount: exactAmount(line.amount), contribution_id: contribution.id })),
        sharedContext
      )
    }
    await this.applyToTotals_([contribution.id], 1, sharedContext)
    return { contribution, created: true }
  }

  /**
   * Removes ledger entries (a failed workflow undoing what it wrote) and takes
   * them out of the running totals in the same transaction.
   */
  @InjectTransactionManager()
  // @ts-expect-error Medusa types its generated methods as properties; at run time they are on the prototype, so this overrides
  override async deleteDealerContributions(ids: string | string[], @MedusaContext() sharedContext: Context = {}) {
    const idList = Array.isArray(ids) ? ids : [ids]
    if (!idList.length) return
    await this.applyToTotals_(idList, -1, sharedContext)
    await super.deleteDealerContributions(idList, sharedContext)
  }

  // Every plan write refreshes the standing of the plans' dealers and periods in its transaction.

  @InjectTransactionManager()
  // @ts-expect-error Medusa types its generated methods as properties; at run time they are on the prototype, so this overrides
  override async createDealerSalesPlans(data: any, @MedusaContext() sharedContext: Context = {}) {
    const created = await super.createDealerSalesPlans(data, sharedContext)
    await this.refreshStandings_(idsOf(created), [], sharedContext)
    return created
  }

  @InjectTransactionManager()
  // @ts-expect-error Medusa types its generated methods as properties; at run time they are on the prototype, so this overrides
  override async updateDealerSalesPlans(data: any, @MedusaContext() sharedContext: Context = {}) {
    // A plan moved to another dealer or period leaves its former standing too.
    const before = await this.planKeys_(idsOf(data), sharedContext)
    const updated = await super.updateDealerSalesPlans(data, sharedContext)
    await this.refreshStandings_(idsOf(updated), before, sharedContext)
    return updated
  }

  @InjectTransactionManager()
  // @ts-expect-error Medusa types its generated methods as properties; at run time they are on the prototype, so this overrides
  override async deleteDealerSalesPlans(ids: string | string[], @MedusaContext() sharedContext: Context = {}) {
    const keys = await this.planKeys_(idsOf(ids), sharedContext)
    await super.deleteDealerSalesPlans(ids, sharedContext)
    await this.refreshStandings_([], keys, sharedContext)
  }

  @InjectTransactionManager()
  // @ts-expect-error Medusa types its generated methods as properties; at run time they are on the prototype, so this overrides
  override async softDeleteDealerSalesPlans(ids: string | string[], config: any = {}, @MedusaContext() sharedContext: Context = {}) {
    const cascaded = await super.softDeleteDealerSalesPlans(ids, config, sharedContext)
    await this.refreshStandings_(idsOf(ids), [], sharedContext)
    return cascaded
  }

  @InjectTransactionManager()
  // @ts-expect-error Medusa types its generated methods as properties; at run time they are on the prototype, so this overrides
  override async restoreDealerSalesPlans(ids: string | string[], config: any = {}, @MedusaContext() sharedContext: Context = {}) {
    const cascaded = await super.restoreDealerSalesPlans(ids, config, sharedContext)
    await this.refreshStandings_(idsOf(ids), [], sharedContext)
    return cascaded
  }

  /**
   * Reverses everything an order contributed so far (to every dealer), as one
   * entry per dealer with `cause`, in the period of the original sale.
   */
  @InjectTransactionManager()
  async reverseOrderContributions(
    input: { order_id: string; cause: ContributionCause; source_id: string; occurred_at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await this.takeBackFromOrder_(input, { fractionOf: () => "1", withOrderCount: true }, sharedContext)
  }

  /**
   * Takes returned items back out of the dealers' credit for an order. Each
   * returned unit takes its share of what is still credited for that variant,
   * so the last unit returned takes exactly the rest: no cent is left over or
   * taken twice, across any number of partial returns and split credits.
   */
  @InjectTransactionManager()
  async recordReturn(
    input: {
      order_id: string
      return_id: string
      occurred_at: Date
      items: { variant_id: string; quantity: number }[]
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockOrder_(input.order_id, sharedContext)
    const entries = await this.listDealerContributions(
      { order_id: input.order_id },
      { relations: ["lines"] },
      sharedContext
    )
    const creditedQuantity = new Map<string, number>()
    for (const line of entries.flatMap((e) => e.lines)) {
      if (line.variant_id) {
        creditedQuantity.set(line.variant_id, (creditedQuantity.get(line.variant_id) ?? 0) + line.quantity)
      }
    }
    const returned = new Map(input.items.map((item) => [item.variant_id, item.quantity]))
    return await this.takeBackFromOrder_(
      { ...input, cause: "return_received", source_id: input.return_id },
      {
        withOrderCount: false,
        fractionOf: (line) => {
          const units = line.variant_id ? returned.get(line.variant_id) ?? 0 : 0
          const credited = line.variant_id ? creditedQuantity.get(line.variant_id) ?? 0 : 0
          return units && credited > 0 ? MathBN.div(Math.min(units, credited), credited).toString() : "0"
        },
      },
      sharedContext
    )
  }

  /** Writes, per dealer credited for the order, a negative entry for a fraction of each line. */
  private async takeBackFromOrder_(
    input: { order_id: string; cause: ContributionCause; source_id: string; occurred_at: Date },
    rule: { fractionOf: (line: NetLine) => string; withOrderCount: boolean },
    sharedContext: Context
  ) {
    await this.lockOrder_(input.order_id, sharedContext)
    const entries = await this.listDealerContributions(
      { order_id: input.order_id },
      { relations: ["lines"] },
      sharedContext
    )
    const byDealer = new Map<string, typeof entries>()
    for (const entry of entries) {
      byDealer.set(entry.dealer_id, [...(byDealer.get(entry.dealer_id) ?? []), entry])
    }
    const results: Awaited<ReturnType<SalesPlanModuleService["recordContribution"]>>[] = []
    for (const [dealerId, dealerEntries] of byDealer) {
      if (dealerEntries.some((e) => e.cause === input.cause && e.source_id === input.source_id)) continue
      const net = netOf(dealerEntries)
      const lines = net.lines
        .map((line) => {
          const fraction = rule.fractionOf(line)
          return {
            ...line,
            quantity: -Math.round(line.quantity * Number(fraction)),
            amount: MathBN.mult(fraction === "1" ? line.amount : roundCents(MathBN.mult(line.amount, fraction)), -1).toString(),
          }
        })
        .filter((line) => line.quantity !== 0 || !MathBN.eq(line.amount, 0))
      const orderCount = rule.withOrderCount ? -net.order_count : 0
      if (!lines.length && orderCount === 0) continue
      const amount = rule.withOrderCount
        ? MathBN.mult(net.amount, -1)
        : lines.reduce((sum, line) => MathBN.add(sum, line.amount), MathBN.convert(0))
      const original = dealerEntries.find((e) => e.cause === "order_placed") ?? dealerEntries[0]
      results.push(
        await this.recordContribution(
          {
            dealer_id: dealerId,
            order_id: input.order_id,
            cause: input.cause,
            source_id: input.source_id,
            period_key: original.period_key,
            occurred_at: input.occurred_at,
            currency_code: original.currency_code,
            amount: amount.toString(),
            order_count: orderCount,
            lines,
          },
          sharedContext
        )
      )
    }
    return results
  }

  /**
   * Sales amount and order count per dealer for a period: from the ledger's
   * running totals, credited up to `credited_until` when given.
   */
  @InjectManager()
  async sumPeriodProgress(
    filter: { period_key: string; dealer_ids?: string[]; credited_until?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PeriodProgressRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const params: unknown[] = []
    const credited = creditedTotalsSql(
      { periodKeys: [filter.period_key], dealerIds: filter.dealer_ids, until: filter.credited_until },
      params
    )
    const rows: Row[] = await manager.execute(
      `select dealer_id, period_key, currency_code, amount::text as amount, order_count::int as order_count
         from (${credited}) credited
        order by dealer_id, currency_code`,
      params as any[]
    )
    return rows as PeriodProgressRow[]
  }

  /**
   * Creates the dealer's plan for a period, or updates it when one exists;
   * given targets replace the plan's targets. Returns the plan and whether it
   * was created.
   */
  @InjectTransactionManager()
  async savePlan(input: SavePlanInput, @MedusaContext() sharedContext: Context = {}) {
    const { targets, ...plan } = input
    const [existing] = await this.listDealerSalesPlans(
      { dealer_id: plan.dealer_id, period_key: plan.period_key },
      { relations: ["targets"], take: 1 },
      sharedContext
    )
    const saved = existing
      ? await this.updateDealerSalesPlans({ id: existing.id, ...withExactAmounts(plan) }, sharedContext)
      : await this.createDealerSalesPlans(withExactAmounts(plan), sharedContext)
    if (targets) {
      if (existing?.targets.length) {
        await this.deleteDealerPlanTargets(existing.targets.map((t) => t.id), sharedContext)
      }
      if (targets.length) {
        await this.createDealerPlanTargets(
          targets.map((t) => ({ ...t, target_value: exactAmount(t.target_value), plan_id: saved.id })),
          sharedContext
        )
      }
    }
    return { plan: saved, created: !existing }
  }

  /** Ids of the plans the dealers have for the periods, in one query (an import checks thousands at once). */
  @InjectManager()
  async findPlanIds(
    filter: { dealer_ids: string[]; period_keys: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; dealer_id: string; period_key: string }[]> {
    if (!filter.dealer_ids.length || !filter.period_keys.length) return []
    const manager = sharedContext.manager as SqlEntityManager
    return await executeBound(
      manager,
      `select id, dealer_id, period_key from dealer_sales_plan
        where deleted_at is null and dealer_id = any(?::text[]) and period_key = any(?::text[])`,
      [filter.dealer_ids, filter.period_keys]
    )
  }

  /**
   * Creates many new plans at once (a CSV import): multi-row inserts in one
   * transaction instead of one ORM entity per plan. Amounts are exact decimal
   * strings. Answers each plan's id, dealer and period.
   */
  @InjectTransactionManager()
  async createPlansInBulk(
    plans: { dealer_id: string; period_key: string; currency_code: string; target_amount: string; target_order_count: number | null; note: string | null }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; dealer_id: string; period_key: string }[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const ids = entityIds("dplan", plans.length)
    const rows = plans.map((plan, n) => ({
      ...plan,
      id: ids[n],
      // As the ORM keeps a bigNumber: the numeric column and its raw_ twin with the same exact value.
      target_amount: new BigNumber(plan.target_amount).toFixed(),
    }))
    for (let start = 0; start < rows.length; start += PLAN_INSERT_BATCH) {
      await executeBound(
        manager,
        `insert into dealer_sales_plan
           (id, dealer_id, period_key, currency_code, target_amount, raw_target_amount, target_order_count, note)
         select r.id, r.dealer_id, r.period_key, r.currency_code, r.target_amount::numeric,
                jsonb_build_object('value', r.target_amount, 'precision', 20), r.target_order_count, r.note
           from jsonb_to_recordset(?::jsonb) as r(id text, dealer_id text, period_key text, currency_code text,
                                                 target_amount text, target_order_count integer, note text)`,
        [JSON.stringify(rows.slice(start, start + PLAN_INSERT_BATCH))]
      )
    }
    await this.refreshStandings_([], rows.map(({ dealer_id, period_key }) => ({ dealer_id, period_key })), sharedContext)
    return rows.map(({ id, dealer_id, period_key }) => ({ id, dealer_id, period_key }))
  }

  /**
   * Plan against actual for every dealer with a plan or sales in the period
   * (or the given dealers), most behind first: by attainment (actual ÷ plan,
   * unrounded: the order of the deviation % against plan × `expected_share`),
   * then deviation, then dealer id; dealers with nothing expected last, by
   * deviation. `expected_share` is the share of the period elapsed (0–1), the
   * same for all dealers. Read from the standing (a page of the whole period
   * from its index); cut at `credited_until`, from the plans and the ledger.
   */
  @InjectManager()
  async rankPeriodProgress(
    filter: {
      period_key: string
      expected_share: string
      dealer_ids?: string[]
      credited_until?: Date
      limit?: number
      offset?: number
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: RankedProgressRow[]; count: number }> {
    const manager = sharedContext.manager as SqlEntityManager
    const page = { limit: filter.limit ?? 50, offset: filter.offset ?? 0 }
    if (!filter.credited_until && !filter.dealer_ids) {
      const indexed = await this.rankFromStandingIndex_(manager, { ...filter, ...page })
      if (indexed) return indexed
    }
    const params: unknown[] = []
    const source = filter.credited_until
      ? creditedStandingSql({ periodKeys: [filter.period_key], dealerIds: filter.dealer_ids, until: filter.credited_until }, params)
      : standingRankingSource(filter, params)
    return await rankPage(manager, source, params, { share: filter.expected_share, ...page })
  }

  /**
   * The ranking of a whole period read in index order: only the rows that can
   * be on the page (those up to the page's last attainment, ties included, and
   * as many without a plan as the page could reach) are formatted and sorted.
   * Null when a plan is too small to expect anything yet (round(plan × share, 2)
   * is 0): such a dealer ranks with those without a plan, which the index does not know.
   */
  private async rankFromStandingIndex_(
    manager: SqlEntityManager,
    filter: { period_key: string; expected_share: string; limit: number; offset: number }
  ) {
    // The smallest plan tells whether any plan expects nothing yet: round() does not decrease with the plan.
    const [period]: Row[] = await manager.execute(
      `select (select count(*) from dealer_period_standing where deleted_at is null and period_key = ?)::int as count,
              coalesce((select round(target_amount * ?::numeric, 2) = 0 from dealer_period_standing
                         where deleted_at is null and period_key = ? and target_amount > 0
                         order by target_amount limit 1), false) as nothing_expected`,
      [filter.period_key, filter.expected_share, filter.period_key]
    )
    if (period.nothing_expected) return null
    if (!period.count) return { rows: [], count: 0 }
    const reach = filter.offset + filter.limit
    const params = [filter.period_key, filter.period_key, reach, filter.period_key, reach]
    const source = `select * from dealer_period_standing
                     where deleted_at is null and period_key = ? and attainment is not null
                       and attainment <= (select max(attainment) from (
                             select attainment from dealer_period_standing
                              where deleted_at is null and period_key = ? and attainment is not null
                              order by attainment limit ?) head)
                    union all
                    (select * from dealer_period_standing
                      where deleted_at is null and period_key = ? and attainment is null
                      order by actual_amount, dealer_id limit ?)`
    const { rows } = await rankPage(manager, source, params, { share: filter.expected_share, ...filter })
    return { rows, count: period.count as number }
  }

  /** Plan and actual summed over a group of dealers (a sub-network or a territory). */
  @InjectManager()
  async sumGroupProgress(
    filter: { period_key: string; dealer_ids: string[]; credited_until?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GroupProgress> {
    const manager = sharedContext.manager as SqlEntityManager
    const params: unknown[] = [filter.period_key, JSON.stringify(filter.dealer_ids)]
    const credited = creditedTotalsSql(
      { periodKeys: [filter.period_key], dealerIds: filter.dealer_ids, until: filter.credited_until },
      params
    )
    const [row]: Row[] = await manager.execute(
      `with plans as (
         select coalesce(sum(target_amount), 0) as target_amount, coalesce(sum(target_order_count), 0) as target_order_count
           from dealer_sales_plan
          where deleted_at is null and period_key = ? and dealer_id = any(array(select jsonb_array_elements_text(?::jsonb)))
       ), actuals as (
         select coalesce(sum(amount), 0) as amount, coalesce(sum(order_count), 0) as order_count
           from (${credited}) credited
       )
       select plans.target_amount::text as target_amount, plans.target_order_count::int as target_order_count,
              actuals.amount::text as actual_amount, actuals.order_count::int as actual_order_count
         from plans cross join actuals`,
      params as any[]
    )
    return { dealer_count: filter.dealer_ids.length, ...(row as Omit<GroupProgress, "dealer_count">) }
  }

  /**
   * Plan and actual per month over a group of dealers (one dealer, or a
   * sub-network), for the months of a quarter or a year.
   */
  @InjectManager()
  async sumMonthlyProgress(
    filter: { period_keys: string[]; dealer_ids: string[]; credited_until?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MonthlyProgressRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const params: unknown[] = [JSON.stringify(filter.period_keys), JSON.stringify(filter.dealer_ids)]
    const credited = creditedTotalsSql(
      { periodKeys: filter.period_keys, dealerIds: filter.dealer_ids, until: filter.credited_until },
      params
    )
    const rows: Row[] = await manager.execute(
      `with months as (select jsonb_array_elements_text(?::jsonb) as period_key),
            plans as (
              select period_key, sum(target_amount) as target_amount, sum(target_order_count) as target_order_count
                from dealer_sales_plan
               where deleted_at is null and dealer_id = any(array(select jsonb_array_elements_text(?::jsonb)))
                 and period_key in (select period_key from months)
               group by period_key),
            actuals as (
              select period_key, sum(amount) as amount, sum(order_count) as order_count
                from (${credited}) credited
               group by period_key)
       select m.period_key,
              coalesce(p.target_amount, 0)::text as target_amount,
              coalesce(p.target_order_count, 0)::int as target_order_count,
              coalesce(a.amount, 0)::text as actual_amount,
              coalesce(a.order_count, 0)::int as actual_order_count
         from months m
         left join plans p on p.period_key = m.period_key
         left join actuals a on a.period_key = m.period_key
        order by m.period_key`,
      params as any[]
    )
    return rows as MonthlyProgressRow[]
  }

  /**
   * Actual of each focus target of the given plans: product targets sum the
   * lines of that product, category targets the lines in that category or
   * below it; `amount` targets sum money in the plan's currency, `quantity`
   * targets units. Reversals are negative lines, so cancellations net out.
   * Read from the running focus totals, credited up to `creditedUntil` when given.
   */
  @InjectManager()
  async sumTargetProgress(
    planIds: string[],
    creditedUntil?: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TargetProgressRow[]> {
    const plans = await this.listDealerSalesPlans(
      { id: planIds },
      { select: ["dealer_id", "period_key"], take: null },
      sharedContext
    )
    if (!plans.length) return []
    return await this.targetProgress_(
      {
        periodKeys: [...new Set(plans.map((plan) => plan.period_key))],
        dealerIds: [...new Set(plans.map((plan) => plan.dealer_id))],
        until: creditedUntil,
      },
      { sql: "t.plan_id = any(array(select jsonb_array_elements_text(?::jsonb)))", bindings: [JSON.stringify(planIds)] },
      sharedContext
    )
  }

  /** The focus targets of a dealer's plan for a month, as sumTargetProgress counts them, in one query. */
  @InjectManager()
  async sumDealerTargetProgress(
    filter: { dealer_id: string; period_key: string; credited_until?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TargetProgressRow[]> {
    return await this.targetProgress_(
      { periodKeys: [filter.period_key], dealerIds: [filter.dealer_id], until: filter.credited_until },
      { sql: "p.dealer_id = ? and p.period_key = ?", bindings: [filter.dealer_id, filter.period_key] },
      sharedContext
    )
  }

  /** The actual of the targets of the plans (p) and targets (t) picked by `where`, from the focus totals of `scope`. */
  private async targetProgress_(
    scope: CreditedScope,
    where: { sql: string; bindings: unknown[] },
    sharedContext: Context
  ): Promise<TargetProgressRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const params: unknown[] = []
    const focus = creditedFocusSql(scope, params)
    params.push(...where.bindings)
    const rows: Row[] = await manager.execute(
      `select t.id as target_id, t.plan_id, t.target_type, t.target_id as target_ref, t.metric,
              t.target_value::text as target_value,
              coalesce(sum(case when t.metric = 'quantity' then f.quantity
                                when f.currency_code = p.currency_code then f.amount end), 0)::text as actual
         from dealer_plan_target t
         join dealer_sales_plan p on p.id = t.plan_id and p.deleted_at is null
         left join (${focus}) f
                on f.dealer_id = p.dealer_id and f.period_key = p.period_key
               and f.focus_key = t.target_type || ':' || t.target_id
        where t.deleted_at is null and ${where.sql}
        group by t.id, t.plan_id, t.target_type, t.target_id, t.metric, t.target_value
        order by t.plan_id, t.target_type, t.target_id`,
      params as any[]
    )
    return rows as TargetProgressRow[]
  }

  private async findContribution_(
    key: Pick<RecordContributionInput, "dealer_id" | "order_id" | "cause" | "source_id">,
    sharedContext: Context
  ) {
    const [existing] = await this.listDealerContributions(
      { dealer_id: key.dealer_id, order_id: key.order_id, cause: key.cause, source_id: key.source_id },
      { take: 1 },
      sharedContext
    )
    return existing ?? null
  }

  private async applyToTotals_(contributionIds: string[], sign: 1 | -1, sharedContext: Context) {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    // The entries created in this transaction wait in the unit of work until it commits; the sums read them from the table.
    await manager.flush()
    const ids = JSON.stringify(contributionIds)
    const picked = "c.id = any(array(select jsonb_array_elements_text(?::jsonb)))"
    for (const statement of [...applyToTotalsSql(picked, sign), applyToStandingSql(picked, sign)]) {
      await manager.execute(statement, [ids])
    }
  }

  /** The dealers and periods of plans, soft-deleted ones too. */
  private async planKeys_(planIds: string[], sharedContext: Context): Promise<StandingKey[]> {
    if (!planIds.length) return []
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    return await executeBound(
      manager,
      "select dealer_id, period_key from dealer_sales_plan where id = any(?::text[])",
      [planIds]
    )
  }

  /** Copies the plans of the dealers and periods of `planIds` (and of `keys`) into their standing. */
  private async refreshStandings_(planIds: string[], keys: StandingKey[], sharedContext: Context) {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    // Plans written through the ORM wait in the unit of work until it commits; the refresh reads them from the table.
    await manager.flush()
    const all = [...keys, ...(await this.planKeys_(planIds, sharedContext))]
    if (!all.length) return
    const json = JSON.stringify(all)
    for (const statement of refreshStandingPlansSql()) await manager.execute(statement, [json])
  }

  private async lockOrder_(orderId: string, sharedContext: Context) {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`dealer_contribution:${orderId}`])
  }

  // ====================================================================================
  // Deviation alerts and tier review: the daily check and the monthly review read and
  // write here (src/workflows/sales-plan/workflows/{check-deviations,review-tiers}.ts).
  // Kept together at the end of the class.
  // ====================================================================================

  /**
   * Every planned dealer's month on a day, in one grouped query: the plan, the
   * ledger's totals in the plan's currency up to the end of `as_of` in `time_zone`, the
   * expected-to-date (plan × elapsed ÷ total working days), the deviation and
   * the month-end projection at the run-rate. The same maths as `monthDeviation`.
   */
  @InjectManager()
  async listPlanStandings(
    filter: {
      period_key: string
      /** "YYYY-MM-DD" */
      as_of: string
      time_zone: string
      working_days_elapsed: number
      working_days_total: number
      dealer_ids?: string[]
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PlanStandingRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const dealerFilter = filter.dealer_ids
      ? "and dealer_id in (select jsonb_array_elements_text(?::jsonb))"
      : ""
    const params: unknown[] = [filter.working_days_elapsed, filter.working_days_total, filter.period_key]
    if (filter.dealer_ids) params.push(JSON.stringify(filter.dealer_ids))
    const credited = creditedTotalsSql(
      {
        periodKeys: [filter.period_key],
        dealerIds: filter.dealer_ids,
        until: endOfDayInstant(filter.as_of, filter.time_zone),
      },
      params
    )
    const rows: Row[] = await manager.execute(
      `with params as (
         select ?::numeric as elapsed, ?::numeric as total
       ), plans as (
         select id, dealer_id, currency_code, target_amount
           from dealer_sales_plan
          where deleted_at is null and period_key = ? ${dealerFilter}
       ), actuals as (
         select dealer_id, currency_code, sum(amount) as actual, sum(order_count) as orders
           from (${credited}) credited
          group by dealer_id, currency_code
       ), measured as (
         select p.dealer_id, p.id as plan_id, p.currency_code, p.target_amount,
                coalesce(a.actual, 0) as actual, coalesce(a.orders, 0)::int as orders,
                case when params.total > 0 then p.target_amount * params.elapsed / params.total
                     else p.target_amount end as expected,
                case when params.elapsed > 0 then coalesce(a.actual, 0) * params.total / params.elapsed
                     else coalesce(a.actual, 0) end as projected
           from plans p cross join params
           left join actuals a on a.dealer_id = p.dealer_id and a.currency_code = p.currency_code
       )
       select dealer_id, plan_id, currency_code, target_amount::text as target_amount,
              actual::text as actual_amount, orders as actual_order_count,
              round(expected, 2)::text as expected_amount,
              round(actual - expected, 2)::text as deviation,
              case when expected > 0 then round((actual - expected) / expected * 100, 2)::text end as deviation_percent,
              case when target_amount > 0 then round(actual / target_amount * 100, 2)::text end as attainment_percent,
              round(projected, 2)::text as projected_amount,
              round(projected - target_amount, 2)::text as projected_gap
         from measured
        order by dealer_id`,
      params as any[]
    )
    return rows as PlanStandingRow[]
  }

  /**
   * Turnover per dealer and currency over trailing windows ending with
   * `period_key` (a window of 3 months ending 2026-11 is 2026-09 … 2026-11),
   * for every window length asked, in one grouped query over the ledger's totals.
   */
  @InjectManager()
  async sumTurnoverByWindow(
    filter: { period_key: string; windows: number[]; dealer_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TurnoverWindowRow[]> {
    const windows = [...new Set(filter.windows.map((w) => Math.max(1, Math.trunc(w))))]
    if (!windows.length) return []
    const manager = sharedContext.manager as SqlEntityManager
    const dealerFilter = filter.dealer_ids
      ? "and c.dealer_id in (select jsonb_array_elements_text(?::jsonb))"
      : ""
    const params: unknown[] = [filter.period_key, JSON.stringify(windows), filter.period_key]
    if (filter.dealer_ids) params.push(JSON.stringify(filter.dealer_ids))
    const rows: Row[] = await manager.execute(
      `with windows as (
         select t.value::int as months,
                to_char(to_date(?, 'YYYY-MM') - make_interval(months => t.value::int - 1), 'YYYY-MM') as from_key
           from jsonb_array_elements_text(?::jsonb) as t(value)
       )
       select c.dealer_id, c.currency_code, w.months as window_months, sum(c.amount)::text as amount
         from windows w
         join dealer_contribution_total c
           on c.deleted_at is null and c.period_key >= w.from_key and c.period_key <= ?
        where true ${dealerFilter}
        group by c.dealer_id, c.currency_code, w.months
        order by c.dealer_id, w.months`,
      params as any[]
    )
    return rows.map((row) => ({ ...row, window_months: Number(row.window_months) })) as TurnoverWindowRow[]
  }

  /** Units each dealer sold in the month (`period_key`), from the ledger's lines, in one grouped query. */
  @InjectManager()
  async sumUnitsOfMonth(
    filter: { period_key: string; dealer_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UnitsOfMonthRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const params: unknown[] = [filter.period_key]
    if (filter.dealer_ids) params.push(JSON.stringify(filter.dealer_ids))
    return (await manager.execute(
      `select c.dealer_id, sum(l.quantity)::text as units
         from dealer_contribution c
         join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
        where c.deleted_at is null and c.period_key = ?
          ${filter.dealer_ids ? "and c.dealer_id = any(array(select jsonb_array_elements_text(?::jsonb)))" : ""}
        group by c.dealer_id`,
      params as any[]
    )) as UnitsOfMonthRow[]
  }

  /**
   * Records one run's decisions for a day: a flagged dealer gets one alert per
   * day and kind (a rerun refreshes its figures, or reopens it if it was
   * cleared that day), and open alerts of the run's kinds in the period, up to
   * that day, whose dealer is not flagged any more are cleared. Serialised by
   * an advisory lock, so concurrent runs cannot write the same alert twice.
   * `previous` holds what the run changed, for undoing it.
   */
  @InjectTransactionManager()
  async recordDeviationAlerts(input: RecordAlertsInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", ["dealer_deviation_alert"])
    const keyOf = (alert: { dealer_id: string; kind: string }) => `${alert.dealer_id}:${alert.kind}`
    const flagged = new Map(input.flagged.map((alert) => [keyOf(alert), alert]))
    const sameDay = flagged.size
      ? await this.listDealerDeviationAlerts(
          {
            alert_date: input.alert_date,
            kind: input.kinds,
            dealer_id: [...new Set(input.flagged.map((alert) => alert.dealer_id))],
          },
          {},
          sharedContext
        )
      : []
    const existing = new Map(sameDay.map((alert) => [keyOf(alert), alert]))
    const previous: AlertSnapshot[] = []
    const snapshot = (alert: (typeof sameDay)[number]): AlertSnapshot => ({
      id: alert.id,
      status: alert.status,
      cleared_at: alert.cleared_at ?? null,
      figures: alert.figures as Record<string, unknown>,
      message: alert.message,
    })

    const toCreate: FlaggedAlertInput[] = []
    const refreshedIds: string[] = []
    const reopenedIds: string[] = []
    type AlertUpdate = {
      id: string
      status: "open" | "cleared"
      cleared_at: Date | null
      figures?: Record<string, unknown>
      message?: string
    }
    const updates: AlertUpdate[] = []
    for (const alert of flagged.values()) {
      const found = existing.get(keyOf(alert))
      if (!found) {
        toCreate.push(alert)
        continue
      }
      previous.push(snapshot(found))
      updates.push({ id: found.id, figures: alert.figures, message: alert.message, status: "open", cleared_at: null })
      ;(found.status === "cleared" ? reopenedIds : refreshedIds).push(found.id)
    }
    const created = toCreate.length
      ? await this.createDealerDeviationAlerts(
          toCreate.map((alert) => ({
            ...alert,
            period_key: input.period_key,
            alert_date: input.alert_date,
            status: "open" as const,
          })),
          sharedContext
        )
      : []

    const open = await this.listDealerDeviationAlerts(
      {
        period_key: input.period_key,
        kind: input.kinds,
        status: "open",
        alert_date: { $lte: input.alert_date },
      },
      {},
      sharedContext
    )
    const toClear = open.filter((alert) => !flagged.has(keyOf(alert)))
    previous.push(...toClear.map(snapshot))
    const clearedAt = new Date()
    const changed: AlertUpdate[] = [
      ...updates,
      ...toClear.map((alert) => ({ id: alert.id, status: "cleared" as const, cleared_at: clearedAt })),
    ]
    const updated = changed.length ? await this.updateDealerDeviationAlerts(changed, sharedContext) : []
    const byId = new Map(updated.map((alert) => [alert.id, alert]))
    const pick = (ids: string[]) => ids.map((id) => byId.get(id)!).filter(Boolean)
    return {
      created,
      refreshed: pick(refreshedIds),
      reopened: pick(reopenedIds),
      cleared: pick(toClear.map((alert) => alert.id)),
      previous,
    }
  }
}


/** The standing of a period (or of some dealers in it) as the ranking reads it. */
function standingRankingSource(filter: { period_key: string; dealer_ids?: string[] }, params: unknown[]) {
  params.push(filter.period_key)
  if (filter.dealer_ids) params.push(JSON.stringify(filter.dealer_ids))
  return `select * from dealer_period_standing where deleted_at is null and period_key = ?
          ${filter.dealer_ids ? "and dealer_id = any(array(select jsonb_array_elements_text(?::jsonb)))" : ""}`
}

/**
 * A page of the ranking over `source` (rows with dealer_id, plan_id,
 * plan_currency_code, target_amount, target_order_count, actual_amount,
 * actual_order_count): the page is picked on the sort keys alone and its rows
 * formatted. `count` counts the source's rows (on a page that has rows).
 */
async function rankPage(
  manager: SqlEntityManager,
  source: string,
  sourceParams: unknown[],
  page: { share: string; limit: number; offset: number }
): Promise<{ rows: RankedProgressRow[]; count: number }> {
  const rows: Row[] = await manager.execute(
    `with measured as (
       select dealer_id, plan_id, plan_currency_code, coalesce(target_amount, 0) as target_amount, target_order_count,
              actual_amount, actual_order_count, round(coalesce(target_amount, 0) * ?::numeric, 2) as expected_amount
         from (${source}) source
     ), page as (
       select *, actual_amount - expected_amount as deviation,
              case when expected_amount > 0
                   then round((actual_amount - expected_amount) / expected_amount * 100, 2) end as deviation_percent,
              case when expected_amount > 0 then ${ATTAINMENT_SQL("actual_amount", "target_amount")} end as attainment,
              count(*) over () as total_count
         from measured
        order by attainment asc nulls last, deviation asc, dealer_id
        limit ? offset ?
     )
     select dealer_id, plan_id, plan_currency_code, target_amount::text, target_order_count, actual_amount::text,
            actual_order_count::int, expected_amount::text, deviation::text, deviation_percent::text,
            (case when target_amount > 0 then round(actual_amount / target_amount * 100, 2) end)::text as attainment_percent,
            total_count::int
       from page
      order by page.attainment asc nulls last, page.deviation asc, page.dealer_id`,
    [page.share, ...sourceParams, page.limit, page.offset] as any[]
  )
  const count = rows[0]?.total_count ?? 0
  return { rows: rows.map(({ total_count, ...row }) => row as RankedProgressRow), count }
}

type StandingKey = { dealer_id: string; period_key: string }

/** The ids of a generated method's argument or result: an id, a record, or a list of either. */
function idsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list
    .map((item) => (typeof item === "string" ? item : (item as { id?: unknown } | null)?.id))
    .filter((id): id is string => typeof id === "string")
}

function withExactAmounts<T extends { target_amount: number | string }>(plan: T) {
  return { ...plan, target_amount: exactAmount(plan.target_amount) }
}

/** A decimal rounded half-up to cents. */
function roundCents(value: BigNumberValue) {
  return MathBN.convert(value).decimalPlaces(2, 4 /* BigNumber.ROUND_HALF_UP */)
}

type NetLine = ReturnType<typeof netOf>["lines"][number]

type LedgerEntry = {
  amount: unknown
  order_count: number
  lines: { product_id: string | null; variant_id: string | null; category_ids: string[]; quantity: number; amount: unknown }[]
}

/** What a set of an order's entries adds up to, per product line. */
function netOf(entries: LedgerEntry[]) {
  const lines = new Map<string, { product_id: string | null; variant_id: string | null; category_ids: string[]; quantity: number; amount: string }>()
  let amount = MathBN.convert(0)
  let orderCount = 0
  for (const entry of entries) {
    amount = MathBN.add(amount, entry.amount as any)
    orderCount += entry.order_count
    for (const line of entry.lines) {
      const key = `${line.product_id}:${line.variant_id}`
      const current = lines.get(key)
      lines.set(key, {
        product_id: line.product_id,
        variant_id: line.variant_id,
        category_ids: line.category_ids,
        quantity: (current?.quantity ?? 0) + line.quantity,
        amount: MathBN.add(current?.amount ?? 0, line.amount as any).toString(),
      })
    }
  }
  return {
    amount,
    order_count: orderCount,
    lines: [...lines.values()].filter((l) => l.quantity !== 0 || !MathBN.eq(l.amount, 0)),
  }
}

export default SalesPlanModuleService
