// The rewards side of the demo (marker version 4): the programs defined in
// code (src/scripts/demo/reward-programs.ts) and one created as an admin
// would, the agreements in force taking part in them, the period close of
// last month (approved into the wallets) and of this month so far (pending).
import type { MedusaContainer } from "@medusajs/framework/types"
import { periodOfMonth, shiftMonth } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import { rewardProgramSchema } from "../../modules/rewards/schemas"
import { approvePayoutWorkflow } from "../../workflows/rewards/workflows/approve-payout"
import { createPayoutWorkflow } from "../../workflows/rewards/workflows/create-payout"
import { closeRewardPeriodWorkflow } from "../../workflows/rewards/workflows/close-reward-period"
import { createRewardProgramWorkflow } from "../../workflows/rewards/workflows/create-reward-program"
import { decideRewardAccrualsWorkflow } from "../../workflows/rewards/workflows/decide-reward-accruals"
import { DEMO_REWARD_PROGRAMS } from "./reward-programs"
import { currentPeriod } from "./seed-plans"

const GARDEN_PROGRAM = "GARDEN-SEASON"

export async function seedRewards(
  container: MedusaContainer,
  input: { dealer_ids: Record<string, string>; category_ids: Record<string, string> },
  now: Date
) {
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  await rewards.syncCodeDefinedPrograms(DEMO_REWARD_PROGRAMS.map((program) => rewardProgramSchema.parse(program)))
  await ensureGardenProgram(container, input.category_ids.garden)
  await joinPrograms(container, input.dealer_ids)

  const month = currentPeriod(container, now)
  const lastMonth = shiftMonth(month, -1)
  await closeRewardPeriodWorkflow(container).run({ input: { period: lastMonth } })
  const pending = await rewards.listDealerRewardAccruals({ period_key: lastMonth, status: "pending" }, { select: ["id"] })
  if (pending.length) {
    await decideRewardAccrualsWorkflow(container).run({
      input: { decision: "approve", ids: pending.map((accrual) => accrual.id), decided_by: "demo" },
    })
  }
  await seedPayouts(container, input.dealer_ids)
  await closeRewardPeriodWorkflow(container).run({ input: { period: month } })
  await closeRewardPeriodWorkflow(container).run({ input: { period: periodOfMonth(month, "quarter") } })
}

/**
 * Last month's money paid out in three forms: BAUTEC in cash (approved, for
 * the next bank export), HUBER against its open invoices, ALPEN as marketing
 * points. Only for dealers without payouts yet.
 */
async function seedPayouts(container: MedusaContainer, dealerIds: Record<string, string>) {
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  const [planBonus] = await rewards.listDealerRewardPrograms({ code: "PLAN-BONUS" }, { select: ["id"] })
  const payouts = [
    { code: "BAUTEC", form: "cash" as const },
    { code: "HUBER", form: "receivable_offset" as const },
    { code: "ALPEN", form: "marketing_points" as const, program_id: planBonus?.id },
  ]
  for (const { code, ...payout } of payouts) {
    const dealerId = dealerIds[code]
    const [earlier] = await rewards.listDealerPayouts({ dealer_id: dealerId }, { take: 1 })
    const money = (await rewards.walletBalances(dealerId)).find((b) => b.kind === "money")
    if (earlier || !money || Number(money.balance) <= 0) continue
    const { result } = await createPayoutWorkflow(container).run({
      input: { dealer_id: dealerId, amount: money.balance, note: "Demo: last month's rewards", ...payout },
    })
    if (payout.form === "cash") await approvePayoutWorkflow(container).run({ input: { id: result.id } })
  }
}

/** A program as an admin creates it: a focus rule on the garden category, paid as event credit. */
async function ensureGardenProgram(container: MedusaContainer, gardenCategoryId: string) {
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  const [existing] = await rewards.listDealerRewardPrograms({ code: GARDEN_PROGRAM }, { take: 1 })
  if (existing) return
  await createRewardProgramWorkflow(container).run({
    input: rewardProgramSchema.parse({
      code: GARDEN_PROGRAM,
      name: "Garden season push",
      description: "Event credit for garden machines sold, towards the spring dealer conference.",
      period_type: "month",
      valid_from: "2026-01-01",
      status: "active",
      currency_code: "eur",
      rules: [
        {
          name: "Garden machines",
          definition: {
            conditions: { all: [{ metric: "focus_quantity", focus_key: `category:${gardenCategoryId}`, op: "gte", value: 5 }] },
            reward: { type: "rate", base: "focus_amount", focus_key: `category:${gardenCategoryId}`, rate_percent: 2 },
            kind: "event_credit",
            cap: 1_500,
          },
        },
      ],
    }),
  })
}

/** Every agreement in force takes part in all demo programs (eligibility narrows the override to distributors). */
async function joinPrograms(container: MedusaContainer, dealerIds: Record<string, string>) {
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  const programs = await rewards.listDealerRewardPrograms(
    { code: [...DEMO_REWARD_PROGRAMS.map((p) => p.code), GARDEN_PROGRAM] },
    { select: ["id"] }
  )
  const programIds = programs.map((program) => program.id)
  for (const dealerId of Object.values(dealerIds)) {
    const agreement = await network.retrieveEffectiveAgreement(dealerId)
    if (!agreement || agreement.reward_program_ids?.length) continue
    // A demo fixture on a signed contract; in the product, programs change through a new version.
    await network.updateDealerAgreements({ id: agreement.id, reward_program_ids: programIds })
  }
}
