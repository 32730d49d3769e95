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

/** Dealers whose rewards are evaluated and written together (one accrual transaction). */
const CLOSE_BATCH_DEALERS = 2000

type EnrolledProgram = { program: ProgramForRewards; participants: string[]; overdue: Set<string> }

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
 * The period's facts of every participant of every program, one query per
 * currency with every program's focus keys: facts do not depend on the
 * program beyond its currency, and a rule reads only its own focus keys.
 */
async function loadPeriodFacts(
  container: MedusaContainer,
  period: string,
  enrolled: EnrolledProgram[]
): Promise<Map<string, Map<string, RewardFacts>>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const byCurrency = new Map<string, EnrolledProgram[]>()
  for (const entry of enrolled) {
    byCurrency.set(entry.program.currency_code, [...(byCurrency.get(entry.program.currency_code) ?? []), entry])
  }
  const facts = new Map<string, Map<string, RewardFacts>>()
  for (const [currencyCode, entries] of byCurrency) {
    const rows = await loadRewardFacts(knex, {
      dealerIds: [...new Set(entries.flatMap((entry) => entry.participants))],
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

/**
 * Period close for each program of the period: what every participant earns
 * so far, written to the reward ledger as earned minus accrued before, in
 * batches of dealers (one transaction each, written while the next batch is
 * evaluated), then the holds refreshed. The
 * facts come from one grouped SQL query for all participants; no contribution
 * is loaded into memory. Stops before the next batch once `signal` is aborted.
 */
export async function closePeriodRewards(
  container: MedusaContainer,
  input: { period: string; program_ids?: string[]; signal?: AbortSignal }
) {
  const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
  const enrolled: EnrolledProgram[] = []
  for (const program of await loadPeriodPrograms(container, input)) {
    const { participants, overdue } = await programParticipants(container, program, input.period)
    enrolled.push({ program, participants, overdue: new Set(overdue) })
  }
  const facts = await loadPeriodFacts(container, input.period, enrolled)
  const programs: PeriodCloseProgram[] = []
  const createdIds: string[] = []
  for (const { program, participants, overdue } of enrolled) {
    const factsOf = facts.get(program.currency_code)!
    let accruals = 0
    // One batch is written while the next is evaluated: the database and this process work at once.
    let writing: Promise<void> = Promise.resolve()
    for (let start = 0; start < participants.length; start += CLOSE_BATCH_DEALERS) {
      const batch = participants.slice(start, start + CLOSE_BATCH_DEALERS).map((dealerId) => factsOf.get(dealerId)!)
      const earned = await evaluateInSlices(program, input.period, batch, overdue)
      await writing
      input.signal?.throwIfAborted()
      writing = service.recordAccruals({ program_id: program.id, period_key: input.period, earned }).then((created) => {
        createdIds.push(...created.map((accrual) => accrual.id))
        accruals += created.length
      })
      // Handled here so a failed write waits for the `await` above (or below) instead of crashing the process.
      writing.catch(() => undefined)
    }
    await writing
    const holds = program.hold_overdue
      ? await service.refreshHolds({ program_id: program.id, overdue_dealer_ids: [...overdue] })
      : { held: 0, released: 0 }
    programs.push({ program_id: program.id, code: program.code, participants: participants.length, accruals, ...holds })
  }
  return { programs, createdIds }
}
