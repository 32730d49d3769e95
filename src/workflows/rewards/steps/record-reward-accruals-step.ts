import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { PeriodRewards } from "./compute-period-rewards-step"

export const recordRewardAccrualsStepId = "dealer-network-record-reward-accruals"

/**
 * Writes each program's accruals (earned minus accrued before) and refreshes
 * holds. Undo removes the accruals this run wrote.
 */
export const recordRewardAccrualsStep = createStep(
  recordRewardAccrualsStepId,
  async (input: { period: string; rewards: PeriodRewards[] }, { container }) => {
    const service: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const results: Record<string, string | number>[] = []
    const createdIds: string[] = []
    for (const { program, participants, overdue, earned } of input.rewards) {
      const created = await service.recordAccruals({ program_id: program.id, period_key: input.period, earned })
      createdIds.push(...created.map((accrual) => accrual.id))
      const holds = program.hold_overdue
        ? await service.refreshHolds({ program_id: program.id, overdue_dealer_ids: overdue })
        : { held: 0, released: 0 }
      results.push({
        program_id: program.id,
        code: program.code,
        participants: participants.length,
        accruals: created.length,
        ...holds,
      })
    }
    return new StepResponse(results, createdIds)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<RewardsModuleService>(REWARDS_MODULE).deleteDealerRewardAccruals(createdIds)
  }
)
