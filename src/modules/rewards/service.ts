import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import BigNumber from "bignumber.js"
import { entityIds } from "../../lib/entity-ids"
import { nettedAccrual } from "../../lib/reward-rules"
import { executeBound } from "../../utils/execute-bound"
import { IdempotencyKey, Payout, PayoutBatch, RewardAccrual, RewardProgram, RewardRule, WalletEntry } from "./models"
import { parseRewardsOptions, RewardsOptions } from "./options"
import type { RewardProgramInput } from "./schemas"
import type { EarnedReward, WalletBalance, WalletMovement } from "../../types/rewards"
import { balanceTooLow } from "../../lib/refusals"

type Row = Record<string, any>

/** Accruals per insert statement. */
const ACCRUAL_INSERT_BATCH = 1000
/** The precision Medusa's bigNumber columns keep in their raw_ twin. */
const BIG_NUMBER_PRECISION = 20

// Keys match the model names, so Query entities (dealer_reward_program, …) find their list methods.
class RewardsModuleService extends MedusaService({
  DealerRewardProgram: RewardProgram,
  DealerRewardRule: RewardRule,
  DealerRewardAccrual: RewardAccrual,
  DealerWalletEntry: WalletEntry,
  DealerPayout: Payout,
  DealerPayoutBatch: PayoutBatch,
  DealerIdempotencyKey: IdempotencyKey,
}) {
  protected readonly options_: RewardsOptions
  protected readonly logger_?: { info: (m: string) => void; error: (m: string) => void }

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseRewardsOptions(options)
    this.logger_ = container.logger as RewardsModuleService["logger_"]
  }

  __hooks = {
    onApplicationStart: async () => {
      try {
        await this.syncCodeDefinedPrograms(this.options_.rewardPrograms)
      } catch (error) {
        this.logger_?.error(`Dealer network: reward programs from the plugin options were not saved: ${(error as Error).message}`)
      }
    },
  }

  /**
   * Keeps the programs defined in code in the database, by code: new ones are
   * created, earlier ones take the definition's fields, and their rules are
   * matched by name (so accruals stay with them); rules no longer defined
   * are removed. Programs created in the admin are left alone.
   */
  @InjectTransactionManager()
  async syncCodeDefinedPrograms(programs: RewardProgramInput[], @MedusaContext() sharedContext: Context = {}) {
    for (const { rules = [], ...definition } of programs) {
      const fields = Object.fromEntries(
        Object.entries({ ...definition, is_code_defined: true }).filter(([, value]) => value !== undefined)
      ) as unknown as Omit<typeof definition, "points_per_unit"> & { points_per_unit?: number; is_code_defined: boolean }
      const [existing] = await this.listDealerRewardPrograms({ code: definition.code }, { relations: ["rules"], take: 1 }, sharedContext)
      if (existing && !existing.is_code_defined) continue
      const program = existing
        ? await this.updateDealerRewardPrograms({ id: existing.id, ...fields }, sharedContext)
        : await this.createDealerRewardPrograms(fields, sharedContext)
      const byName = new Map((existing?.rules ?? []).map((r) => [r.name, r]))
      for (const rule of rules) {
        const current = byName.get(rule.name)
        if (current) await this.updateDealerRewardRules({ id: current.id, ...rule }, sharedContext)
        else await this.createDealerRewardRules({ ...rule, program_id: program.id }, sharedContext)
      }
      const removed = [...byName.values()].filter((r) => !rules.some((rule) => rule.name === r.name))
      if (removed.length) await this.softDeleteDealerRewardRules(removed.map((r) => r.id), {}, sharedContext)
    }
    this.logger_?.info(`Dealer network: ${programs.length} reward program(s) from the plugin options are in place`)
  }

  /**
   * Writes, per (dealer, rule), what is earned beyond everything accrued
   * before for the program and period (any status: a rejected amount is not
   * offered again). Serialised per program and period, so concurrent or
   * repeated closes accrue each amount once; a lower figure than accrued
   * writes the difference as a negative entry (a clawback). A close calls it
   * per batch of dealers; the rows go in with a few multi-row inserts.
   */
  @InjectTransactionManager()
  async recordAccruals(
    input: { program_id: string; period_key: string; earned: EarnedReward[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; dealer_id: string; rule_id: string; amount: string }[]> {
    if (!input.earned.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [
      `dealer_reward_accrual:${input.program_id}:${input.period_key}`,
    ])
    const dealers = JSON.stringify(input.earned.map((earned) => earned.dealer_id))
    const accrued = await executeBound(
      manager,
      `select dealer_id, rule_id, sum(amount)::text as amount
         from dealer_reward_accrual
        where deleted_at is null and program_id = ? and period_key = ?
          and dealer_id between (select min(b.id) from jsonb_array_elements_text(?::jsonb) as b(id))
                            and (select max(b.id) from jsonb_array_elements_text(?::jsonb) as b(id))
        group by dealer_id, rule_id`,
      // The range of the batch's dealers (a close sends them sorted) reads through the key index
      // whatever the table's statistics say; accruals of dealers in the range but not in the batch go unused.
      [input.program_id, input.period_key, dealers, dealers]
    )
    const accruedOf = new Map(accrued.map((row) => [`${row.dealer_id}:${row.rule_id}`, row.amount as string]))
    const netted = input.earned.flatMap((earned) => {
      const precision = earned.kind === "marketing_points" ? 0 : 2
      const amount = nettedAccrual(earned.earned_to_date, accruedOf.get(`${earned.dealer_id}:${earned.rule_id}`) ?? "0", precision)
      return new BigNumber(amount).isZero() ? [] : [{ earned, amount }]
    })
    const ids = entityIds("dracc", netted.length)
    const rows = netted.map(({ earned, amount }, n) => ({
      id: ids[n],
      dealer_id: earned.dealer_id,
      rule_id: earned.rule_id,
      kind: earned.kind,
      currency_code: earned.currency_code,
      amount,
      earned_to_date: earned.earned_to_date,
      status: earned.held ? "held" : "pending",
      explanation: earned.explanation,
    }))
    for (let start = 0; start < rows.length; start += ACCRUAL_INSERT_BATCH) {
      await executeBound(
        manager,
        `insert into dealer_reward_accrual
           (id, dealer_id, program_id, rule_id, period_key, kind, amount, raw_amount, earned_to_date, raw_earned_to_date,
            currency_code, status, explanation)
         select r.id, r.dealer_id, ?, r.rule_id, ?, r.kind, r.amount::numeric,
                jsonb_build_object('value', r.amount, 'precision', ${BIG_NUMBER_PRECISION}),
                r.earned_to_date::numeric, jsonb_build_object('value', r.earned_to_date, 'precision', ${BIG_NUMBER_PRECISION}),
                r.currency_code, r.status, r.explanation
           from jsonb_to_recordset(?::jsonb) as r(id text, dealer_id text, rule_id text, kind text, amount text,
                                                 earned_to_date text, currency_code text, status text, explanation jsonb)`,
        [input.program_id, input.period_key, JSON.stringify(rows.slice(start, start + ACCRUAL_INSERT_BATCH))]
      )
    }
    return rows.map(({ id, dealer_id, rule_id, amount }) => ({ id, dealer_id, rule_id, amount }))
  }

  /**
   * Holds the program's pending accruals of dealers whose receivables are
   * overdue, and releases the held ones of dealers who paid.
   */
  @InjectTransactionManager()
  async refreshHolds(
    input: { program_id: string; overdue_dealer_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const overdue = JSON.stringify(input.overdue_dealer_ids)
    const held: Row[] = await manager.execute(
      `update dealer_reward_accrual set status = 'held', updated_at = now()
        where deleted_at is null and program_id = ? and status = 'pending'
          and dealer_id = any(array(select jsonb_array_elements_text(?::jsonb)))
        returning id`,
      [input.program_id, overdue]
    )
    const released: Row[] = await manager.execute(
      `update dealer_reward_accrual set status = 'pending', updated_at = now()
        where deleted_at is null and program_id = ? and status = 'held'
          and not dealer_id = any(array(select jsonb_array_elements_text(?::jsonb)))
        returning id`,
      [input.program_id, overdue]
    )
    return { held: held.length, released: released.length }
  }

  /**
   * Approves pending accruals and credits their amounts to the wallets, in
   * one transaction; accruals that are not pending are left as they are.
   */
  @InjectTransactionManager()
  async approveAccruals(
    input: { ids: string[]; decided_by?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const approved: Row[] = await manager.execute(
      `update dealer_reward_accrual set status = 'approved', decided_at = now(), decided_by = ?, updated_at = now()
        where deleted_at is null and status = 'pending'
          and id = any(array(select jsonb_array_elements_text(?::jsonb)))
        returning id, dealer_id, kind, amount::text as amount, currency_code, period_key,
                  explanation->'contest'->>'title' as contest_title`,
      [input.decided_by ?? null, JSON.stringify(input.ids)]
    )
    await this.moveWallet(
      approved.map((accrual) => ({
        dealer_id: accrual.dealer_id,
        kind: accrual.kind,
        amount: accrual.amount,
        currency_code: accrual.currency_code,
        source_type: "accrual" as const,
        source_id: accrual.id,
        // A contest's prize (program_id = the contest) names the contest on the statement.
        description: accrual.contest_title ? `Contest prize: ${accrual.contest_title}` : `Reward for ${accrual.period_key}`,
      })),
      { allowNegative: true },
      sharedContext
    )
    return approved.map((accrual) => accrual.id as string)
  }

  /** Rejects pending or held accruals with a reason; their amounts never reach the wallet. */
  @InjectTransactionManager()
  async rejectAccruals(
    input: { ids: string[]; reason: string; decided_by?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rejected: Row[] = await manager.execute(
      `update dealer_reward_accrual
          set status = 'rejected', rejection_reason = ?, decided_at = now(), decided_by = ?, updated_at = now()
        where deleted_at is null and status in ('pending', 'held')
          and id = any(array(select jsonb_array_elements_text(?::jsonb)))
        returning id`,
      [input.reason, input.decided_by ?? null, JSON.stringify(input.ids)]
    )
    return rejected.map((accrual) => accrual.id as string)
  }

  /**
   * Writes wallet movements in one transaction, serialised per dealer. A
   * movement whose source was written before is skipped (a retry counts once).
   * Unless `allowNegative` (a clawback), a debit that would take a balance
   * below zero refuses the whole set.
   */
  @InjectTransactionManager()
  async moveWallet(
    movements: WalletMovement[],
    options: { allowNegative?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!movements.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    for (const dealerId of [...new Set(movements.map((m) => m.dealer_id))].sort()) {
      await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`dealer_wallet:${dealerId}`])
    }
    const existing = await this.listDealerWalletEntries(
      { source_id: movements.map((m) => m.source_id) },
      { select: ["source_type", "source_id", "kind"] },
      sharedContext
    )
    const written = new Set(existing.map((e) => `${e.source_type}:${e.source_id}:${e.kind}`))
    const fresh = movements.filter((m) => !written.has(`${m.source_type}:${m.source_id}:${m.kind}`))
    if (!options.allowNegative) await this.assertCovered_(fresh, sharedContext)
    return fresh.length
      ? await this.createDealerWalletEntries(
          fresh.map((m) => ({ ...m, amount: m.amount as unknown as number })),
          sharedContext
        )
      : []
  }

  /**
   * Movements planned from the dealer's balances as they are under its wallet
   * lock: `plan` sees the balances no concurrent movement can change before
   * its movements are written (it may throw to refuse). Answers the entries
   * written and what `plan` planned.
   */
  @InjectTransactionManager()
  async moveWalletPlanned(
    dealerId: string,
    plan: (balances: WalletBalance[]) => WalletMovement[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`dealer_wallet:${dealerId}`])
    const movements = plan(await this.walletBalances(dealerId, sharedContext))
    return { movements, entries: await this.moveWallet(movements, {}, sharedContext) }
  }

  /**
   * Records a caller's idempotency key as in progress, unless the caller used
   * it before: then the stored key (in progress or answered) comes back. Of
   * concurrent claims of one key exactly one gets `claimed: true`.
   */
  @InjectTransactionManager()
  async claimIdempotencyKey(
    input: { scope: string; key: string; request_hash: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const inserted: Row[] = await manager.execute(
      `insert into dealer_idempotency_key (id, scope, "key", request_hash) values (?, ?, ?, ?)
       on conflict (scope, "key") where deleted_at is null do nothing
       returning id`,
      [generateEntityId(undefined, "didem"), input.scope, input.key, input.request_hash]
    )
    if (inserted.length) return { claimed: true as const, id: inserted[0].id as string }
    const [stored] = await this.listDealerIdempotencyKeys({ scope: input.scope, key: input.key }, {}, sharedContext)
    return { claimed: false as const, stored }
  }

  /** A program the admin may change: programs defined in code change in code. */
  @InjectManager()
  async retrieveEditableProgram(id: string, @MedusaContext() sharedContext: Context = {}) {
    const program = await this.retrieveDealerRewardProgram(id, {}, sharedContext)
    if (program.is_code_defined) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Reward program ${program.code} is defined in code (plugin options); change it there`
      )
    }
    return program
  }

  /** A dealer's balances by kind and currency: the SUM of its wallet entries. */
  @InjectManager()
  async walletBalances(dealerId: string, @MedusaContext() sharedContext: Context = {}): Promise<WalletBalance[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Row[] = await manager.execute(
      `select kind, currency_code, sum(amount)::text as balance
         from dealer_wallet_entry where deleted_at is null and dealer_id = ?
        group by kind, currency_code order by kind, currency_code`,
      [dealerId]
    )
    return rows as WalletBalance[]
  }

  private async assertCovered_(movements: WalletMovement[], sharedContext: Context) {
    const debits = movements.filter((m) => new BigNumber(m.amount).isNegative())
    for (const debit of debits) {
      const balance =
        (await this.walletBalances(debit.dealer_id, sharedContext)).find(
          (b) => b.kind === debit.kind && b.currency_code === debit.currency_code
        )?.balance ?? "0"
      const after = movements
        .filter((m) => m.dealer_id === debit.dealer_id && m.kind === debit.kind && m.currency_code === debit.currency_code)
        .reduce((sum, m) => sum.plus(m.amount), new BigNumber(balance))
      if (after.isNegative()) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          balanceTooLow(debit.kind, new BigNumber(balance).toFixed(), debit.currency_code, new BigNumber(debit.amount).negated().toFixed())
        )
      }
    }
  }
}

export default RewardsModuleService
