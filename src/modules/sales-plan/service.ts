import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Contribution, ContributionLine } from "./models"
import type { ContributionCause, PeriodProgressRow, RecordContributionInput } from "./types"

type Row = Record<string, any>

// Keys match the model names, so Query entities (dealer_contribution) find their list methods.
class SalesPlanModuleService extends MedusaService({
  DealerContribution: Contribution,
  DealerContributionLine: ContributionLine,
}) {
  /**
   * Writes a contribution once: a second call with the same dealer, order, cause
   * and source returns the first one unchanged (`created: false`). The advisory
   * lock on the order serialises concurrent deliveries of the same event.
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
    return { contribution, created: true }
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
    const reversals: Awaited<ReturnType<SalesPlanModuleService["recordContribution"]>>[] = []
    for (const [dealerId, dealerEntries] of byDealer) {
      if (dealerEntries.some((e) => e.cause === input.cause && e.source_id === input.source_id)) continue
      const net = netOf(dealerEntries)
      if (MathBN.eq(net.amount, 0) && net.order_count === 0) continue
      const original = dealerEntries.find((e) => e.cause === "order_placed") ?? dealerEntries[0]
      reversals.push(
        await this.recordContribution(
          {
            dealer_id: dealerId,
            order_id: input.order_id,
            cause: input.cause,
            source_id: input.source_id,
            period_key: original.period_key,
            occurred_at: input.occurred_at,
            currency_code: original.currency_code,
            amount: MathBN.mult(net.amount, -1).toString(),
            order_count: -net.order_count,
            lines: net.lines.map((line) => ({
              ...line,
              quantity: -line.quantity,
              amount: MathBN.mult(line.amount, -1).toString(),
            })),
          },
          sharedContext
        )
      )
    }
    return reversals
  }

  /** Sales amount and order count per dealer for a period: SQL sums over the ledger. */
  @InjectManager()
  async sumPeriodProgress(
    filter: { period_key: string; dealer_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PeriodProgressRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const dealerFilter = filter.dealer_ids
      ? "and dealer_id in (select jsonb_array_elements_text(?::jsonb))"
      : ""
    const params: unknown[] = [filter.period_key]
    if (filter.dealer_ids) params.push(JSON.stringify(filter.dealer_ids))
    const rows: Row[] = await manager.execute(
      `select dealer_id, period_key, currency_code,
              sum(amount)::text as amount, sum(order_count)::int as order_count
         from dealer_contribution
        where deleted_at is null and period_key = ? ${dealerFilter}
        group by dealer_id, period_key, currency_code
        order by dealer_id`,
      params as any[]
    )
    return rows as PeriodProgressRow[]
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

  private async lockOrder_(orderId: string, sharedContext: Context) {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`dealer_contribution:${orderId}`])
  }
}

/**
 * DML's generated input types say `number` for bigNumber columns, but the column
 * takes any BigNumberInput; a decimal string keeps every digit.
 */
function exactAmount(value: number | string): number {
  return value as unknown as number
}

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
