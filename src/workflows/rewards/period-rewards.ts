import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { periodTypeOf } from "../../lib/periods"
import { isValidDuring } from "../../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import type { RewardRuleDefinition } from "../../lib/reward-rules"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import type { EarnedReward, PeriodCloseProgram } from "../../types/rewards"
import { computeProgramRewards, ProgramForRewards } from "./program-rewards"

export type PeriodRewards = {
  program: ProgramForRewards
  participants: string[]
  overdue: string[]
  earned: EarnedReward[]
}

/**
 * For each active program of the period's type that runs during the period
 * (or the named ones), what every participant earns so far. Reads only.
 */
export async function computePeriodRewards(
  container: MedusaContainer,
  input: { period: string; program_ids?: string[] }
): Promise<PeriodRewards[]> {
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
      `program_ids: only active ${periodTypeOf(input.period)} programs can be closed for ${input.period}`
    )
  }
  const running = programs.filter((program) => isValidDuring(program, input.period, timeZone))
  const results: PeriodRewards[] = []
  for (const program of running) {
    const forRewards = program as unknown as ProgramForRewards
    forRewards.rules = program.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      is_active: rule.is_active,
      definition: rule.definition as unknown as RewardRuleDefinition,
    }))
    results.push({ program: forRewards, ...(await computeProgramRewards(container, forRewards, input.period)) })
  }
  return results
}

/**
 * Writes each program's accruals (earned minus accrued before; one
 * transaction per program) and refreshes holds. Stops before the next
 * program once `signal` is aborted.
 */
export async function recordPeriodRewards(
  container: MedusaContainer,
  input: { period: string; rewards: PeriodRewards[]; signal?: AbortSignal }
) {
  const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
  const programs: PeriodCloseProgram[] = []
  const createdIds: string[] = []
  for (const { program, participants, overdue, earned } of input.rewards) {
    input.signal?.throwIfAborted()
    const created = await service.recordAccruals({ program_id: program.id, period_key: input.period, earned })
    createdIds.push(...created.map((accrual) => accrual.id))
    const holds = program.hold_overdue
      ? await service.refreshHolds({ program_id: program.id, overdue_dealer_ids: overdue })
      : { held: 0, released: 0 }
    programs.push({
      program_id: program.id,
      code: program.code,
      participants: participants.length,
      accruals: created.length,
      ...holds,
    })
  }
  return { programs, createdIds }
}
