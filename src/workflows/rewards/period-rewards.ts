import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { monthsOfPeriod, periodTypeOf } from "../../lib/periods"
import type { RewardFacts, RewardRuleDefinition } from "../../lib/reward-rules"
import { isValidDuring } from "../../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import { loadRewardFacts } from "../../queries/reward-facts"
import type { EarnedReward, PeriodCloseProgram } from "../../types/rewards"
import { evaluateProgramRewards, focusKeysOf, programParticipants, ProgramForRewards } from "./program-rewards"
import { onlyActiveProgramsClose } from "../../lib/refusals"

/** Dealers whose facts are read, evaluated under every program and written together (a transaction per program). */
const DEALERS_PER_BATCH = 2000

type EnrolledProgram = { program: ProgramForRewards; participants: Set<string>; overdue: Set<string> }

/** The active programs of the period's type that run during the period (or the named ones), with their rules. */
async function loadPeriodPrograms(
  container: MedusaContainer,
  input: { period: string; program_ids?: string[] }
): Promise<ProgramForRewards[]> {
  const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
  const { timeZone } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  const programs = await rewards.listDealerRewardPrograms(
    {
      status: "active",
      period_type: periodTypeOf(input.period),
      ...(input.program_ids && { id: input.program_ids }),
    },
    { relations: ["rules"] }
  )
  if (input.program_ids && programs.length !== input.program_ids.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      onlyActiveProgramsClose(periodTypeOf(input.period), input.period)
    )
  }
  return programs
    .filter((program) => isValidDuring(program, input.period, timeZone))
    .map((program) => ({
      ...(program as unknown as ProgramForRewards),
      rules: program.rules.map((rule) => ({
        id: rule.id,
        name: rule.name,
        is_active: rule.is_active,
        definition: rule.definition as unknown as RewardRuleDefinition,
      })),
    }))
}

/**
 * The period's facts of a batch of dealers, one query per currency with every
 * program's focus keys: facts do not depend on the program beyond its currency,
 * and a rule reads only its own focus keys.
 */
async function loadBatchFacts(
  container: MedusaContainer,
  period: string,
  enrolled: EnrolledProgram[],
  dealerIds: string[]
): Promise<Map<string, Map<string, RewardFacts>>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const byCurrency = new Map<string, EnrolledProgram[]>()
  for (const entry of enrolled) {
    byCurrency.set(entry.program.currency_code, [...(byCurrency.get(entry.program.currency_code) ?? []), entry])
  }
  const facts = new Map<string, Map<string, RewardFacts>>()
  for (const [currencyCode, entries] of byCurrency) {
    const rows = await loadRewardFacts(knex, {
      dealerIds: dealerIds.filter((dealerId) => entries.some((entry) => entry.participants.has(dealerId))),
      months: monthsOfPeriod(period),
      currencyCode,
      focusKeys: [...new Set(entries.flatMap((entry) => focusKeysOf(entry.program.rules)))],
    })
    facts.set(currencyCode, new Map(rows.map((row) => [row.dealerId, row])))
  }
  return facts
}

/** Dealers evaluated between two yields to the event loop, so a batch's write goes on meanwhile. */
const EVALUATION_SLICE = 200

async function evaluateInSlices(
  program: ProgramForRewards,
  period: string,
  facts: RewardFacts[],
  overdue: Set<string>
): Promise<EarnedReward[]> {
  const earned: EarnedReward[] = []
  for (let start = 0; start < facts.length; start += EVALUATION_SLICE) {
    earned.push(...evaluateProgramRewards(program, period, facts.slice(start, start + EVALUATION_SLICE), overdue))
    await new Promise((resolve) => setImmediate(resolve))
  }
  return earned
}

/** What each program's participants among the batch's dealers earn. */
async function evaluateBatch(
  enrolled: EnrolledProgram[],
  period: string,
  dealerIds: string[],
  facts: Map<string, Map<string, RewardFacts>>
): Promise<{ program: ProgramForRewards; earned: EarnedReward[] }[]> {
  const evaluated: { program: ProgramForRewards; earned: EarnedReward[] }[] = []
  for (const { program, participants, overdue } of enrolled) {
    const factsOf = facts.get(program.currency_code)!
    const batch = dealerIds.filter((dealerId) => participants.has(dealerId)).map((dealerId) => factsOf.get(dealerId)!)
    if (batch.length) evaluated.push({ program, earned: await evaluateInSlices(program, period, batch, overdue) })
  }
  return evaluated
}

/**
 * Period close for each program of the period: what every participant earns
 * so far, written to the reward ledger as earned minus accrued before, then the
 * holds refreshed. Dealers go in batches: a batch's facts are read (one grouped
 * SQL query over the ledger's running totals, no contribution in memory),
 * evaluated under every program and written (a transaction per program), while
 * the next batch's facts are read and the batch before is written, so only a
 * batch's facts are held at a time. Stops before the next batch once `signal`
 * is aborted.
 */
export async function closePeriodRewards(
  container: MedusaContainer,
  input: { period: string; program_ids?: string[]; signal?: AbortSignal; dealers_per_batch?: number }
) {
  const perBatch = input.dealers_per_batch ?? DEALERS_PER_BATCH
  const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
  const enrolled: EnrolledProgram[] = []
  for (const program of await loadPeriodPrograms(container, input)) {
    const { participants, overdue } = await programParticipants(container, program, input.period)
    enrolled.push({ program, participants: new Set(participants), overdue: new Set(overdue) })
  }
  // Sorted, so a batch's accruals are read as one range of the ledger's dealer index.
  const dealers = [...new Set(enrolled.flatMap((entry) => [...entry.participants]))].sort()
  const batches = Array.from({ length: Math.ceil(dealers.length / perBatch) }, (_, n) =>
    dealers.slice(n * perBatch, (n + 1) * perBatch)
  )
  const readFacts = (dealerIds: string[] | undefined) => {
    const reading = dealerIds ? loadBatchFacts(container, input.period, enrolled, dealerIds) : Promise.resolve(undefined)
    // Handled where it is awaited; this keeps a failed read from crashing the process meanwhile.
    reading.catch(() => undefined)
    return reading
  }
  const accruals = new Map<string, number>()
  const createdIds: string[] = []
  let writing: Promise<void> = Promise.resolve()
  let nextFacts = readFacts(batches[0])
  for (const [n, dealerIds] of batches.entries()) {
    const facts = (await nextFacts)!
    nextFacts = readFacts(batches[n + 1])
    const evaluated = await evaluateBatch(enrolled, input.period, dealerIds, facts)
    await writing
    input.signal?.throwIfAborted()
    writing = (async () => {
      for (const { program, earned } of evaluated) {
        const created = await service.recordAccruals({ program_id: program.id, period_key: input.period, earned })
        createdIds.push(...created.map((accrual) => accrual.id))
        accruals.set(program.id, (accruals.get(program.id) ?? 0) + created.length)
      }
    })()
    // Handled here so a failed write waits for the `await` above (or below) instead of crashing the process.
    writing.catch(() => undefined)
  }
  await writing
  const programs: PeriodCloseProgram[] = []
  for (const { program, participants, overdue } of enrolled) {
    const holds = program.hold_overdue
      ? await service.refreshHolds({ program_id: program.id, overdue_dealer_ids: [...overdue] })
      : { held: 0, released: 0 }
    programs.push({
      program_id: program.id,
      code: program.code,
      participants: participants.size,
      accruals: accruals.get(program.id) ?? 0,
      ...holds,
    })
  }
  return { programs, createdIds }
}
