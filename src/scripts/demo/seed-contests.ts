// The contests side of the demo: a sub-dealer sprint running this month under
// the distributor BAUTEC (ranked by power-tools sales, names shown), and last
// month's dealer cup, closed with its prizes accrued and approved into the
// winners' wallets. Each contest is looked up by title first, so a rerun adds nothing.
import type { MedusaContainer } from "@medusajs/framework/types"
import { lastDayOfMonth, shiftMonth } from "../../lib/periods"
import { ENGAGEMENT_MODULE } from "../../modules/engagement"
import type EngagementModuleService from "../../modules/engagement/service"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import type { ContestPrize, DealerContest } from "../../types/engagement"
import { closeContestWorkflow } from "../../workflows/engagement/workflows/close-contest"
import { createContestWorkflow, CreateContestInput } from "../../workflows/engagement/workflows/create-contest"
import { publishContestWorkflow } from "../../workflows/engagement/workflows/publish-contest"
import { decideRewardAccrualsWorkflow } from "../../workflows/rewards/workflows/decide-reward-accruals"
import { currentPeriod } from "./seed-plans"

export const SPRINT_TITLE = "BAUTEC partner sprint: power tools"
export const CUP_TITLE = "Dealer cup of the month"

export async function seedContests(
  container: MedusaContainer,
  input: { dealer_ids: Record<string, string>; category_ids: Record<string, string> },
  now: Date
) {
  const month = currentPeriod(container, now)
  const lastMonth = shiftMonth(month, -1)
  const prizes = (first: number, second: number, third: number): ContestPrize[] => [
    { basis: "rank", rank: 1, amount: String(first) },
    { basis: "rank", rank: 2, amount: String(second) },
    { basis: "rank", rank: 3, amount: String(third) },
  ]

  await ensureContest(container, {
    title: SPRINT_TITLE,
    description: "Everyone below BAUTEC: the most power tools sold this month wins. Names are shown.",
    audience: { parent_dealer_id: input.dealer_ids.BAUTEC },
    starts_on: `${month}-01`,
    ends_on: lastDayOfMonth(month),
    metric: "focus_amount",
    focus_key: `category:${input.category_ids["power-tools"]}`,
    currency_code: "eur",
    prize_kind: "money",
    prizes: [...prizes(500, 250, 100), { basis: "threshold", threshold: "5000", amount: "50" }],
    tie_rule: "shared",
    show_names: true,
  })

  const cup = await ensureContest(container, {
    title: CUP_TITLE,
    description: `Every dealer, ${lastMonth}: the highest sales win event credit for next season's trainings.`,
    audience: { roles: ["dealer"] },
    starts_on: `${lastMonth}-01`,
    ends_on: lastDayOfMonth(lastMonth),
    metric: "sales_amount",
    currency_code: "eur",
    prize_kind: "event_credit",
    prizes: prizes(400, 200, 100),
    tie_rule: "earliest",
    show_names: false,
  })
  if (cup.status === "running") {
    await closeContestWorkflow(container).run({ input: { id: cup.id } })
    const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
    const pending = await rewards.listDealerRewardAccruals({ program_id: cup.id, status: "pending" }, { select: ["id"] })
    if (pending.length) {
      await decideRewardAccrualsWorkflow(container).run({
        input: { decision: "approve", ids: pending.map((accrual) => accrual.id), decided_by: "demo" },
      })
    }
  }
}

/** The contest with this title, created and published when missing. */
async function ensureContest(container: MedusaContainer, contest: CreateContestInput): Promise<DealerContest> {
  const engagement = container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const [existing] = await engagement.listDealerContests({ title: contest.title }, { take: 1 })
  if (existing) return existing as unknown as DealerContest
  const { result } = await createContestWorkflow(container).run({ input: contest })
  await publishContestWorkflow(container).run({ input: { id: result.id } })
  return (await engagement.retrieveDealerContest(result.id)) as unknown as DealerContest
}
