import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { closePeriodRewards } from "../period-rewards"

export const closeRewardPeriodStepId = "dealer-network-close-reward-period"

export const closeLockKey = (period: string) => `dealer-network-close-rewards:${period}`
/**
 * The close's lock is renewed while it runs, so this lease only bounds how long
 * a close that died with its process (SIGKILL, OOM, a lost host) keeps the next
 * one waiting. Accruals stay exact without the lock (recordAccruals nets under
 * a database lock); it only keeps two closes of a period from doing the work twice.
 */
export const CLOSE_LOCK_LEASE_S = 30
// Longer than a lease, so a close that finds a dead one's lock waits it out instead of failing.
const CLOSE_LOCK_WAIT_S = 120

/**
 * Computes and writes the period's rewards holding the period's lock. Undo
 * removes the accruals this run wrote.
 */
export const closeRewardPeriodStep = createStep(
  closeRewardPeriodStepId,
  async (input: { period: string; program_ids?: string[] }, { container }) => {
    const { programs, createdIds } = await container.resolve(Modules.LOCKING).execute(
      closeLockKey(input.period),
      (signal) => closePeriodRewards(container, { ...input, signal }),
      { timeout: CLOSE_LOCK_WAIT_S, expire: CLOSE_LOCK_LEASE_S }
    )
    return new StepResponse({ programs, accrual_ids: createdIds }, createdIds)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<RewardsModuleService>(REWARDS_MODULE).deleteDealerRewardAccruals(createdIds)
  }
)
