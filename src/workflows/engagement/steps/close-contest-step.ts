import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { monthKeyOf } from "../../../lib/periods"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { CONTEST_PRIZE_RULE_ID, ContestStanding, DealerContest } from "../../../types/engagement"
import type { EarnedReward } from "../../../types/rewards"
import { computeContestStandings } from "../contest-standings"

export const closeContestStepId = "dealer-network-close-contest"

const CLOSE_LOCK_LEASE_S = 30
const CLOSE_LOCK_WAIT_S = 120

/** The reward ledger's period of a contest's prizes: the month it ends in. */
export const contestPeriodKey = (contest: Pick<DealerContest, "ends_on">) => monthKeyOf(new Date(`${contest.ends_on}T12:00:00Z`), "UTC")

const NO_STANDING: ContestStanding = {
  dealer_id: "",
  dealer_code: "",
  dealer_name: "",
  metric_value: null,
  reached_at: null,
  rank: null,
  prize_amount: "0",
  prize_rows: [],
}

/**
 * A prize accrual of a contest: program_id is the contest's id, rule_id
 * `contest_prize`, period_key the month it ends in; its explanation names the
 * contest (admin list, wallet statement, store) and how the prize was won.
 */
function earnedPrize(contest: DealerContest, standing: ContestStanding): EarnedReward {
  return {
    dealer_id: standing.dealer_id,
    rule_id: CONTEST_PRIZE_RULE_ID,
    kind: contest.prize_kind,
    currency_code: contest.currency_code,
    earned_to_date: standing.prize_amount,
    held: false,
    explanation: {
      program: { id: contest.id, code: "contest", name: contest.title },
      rule: { id: CONTEST_PRIZE_RULE_ID, name: standing.rank ? `Contest prize, rank ${standing.rank}` : "Contest prize" },
      period: `${contest.starts_on}..${contest.ends_on}`,
      earned: Number(standing.prize_amount) > 0,
      contest: {
        id: contest.id,
        title: contest.title,
        metric: contest.metric,
        starts_on: contest.starts_on,
        ends_on: contest.ends_on,
        tie_rule: contest.tie_rule,
        rank: standing.rank,
        metric_value: standing.metric_value,
        prize_rows: standing.prize_rows.map((row) => contest.prizes[row - 1]),
      },
    },
  }
}

/**
 * Closes a running contest, or closes a closed one again: its standings now,
 * each participant's prizes written to the reward ledger as earned minus
 * accrued before (a rerun writes nothing; a return since the last close claws
 * back), and the final standings stored. One close of a contest at a time
 * (Locking module); undo removes the accruals this run wrote.
 */
export const closeContestStep = createStep(
  closeContestStepId,
  async (input: { id: string }, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const outcome = await container.resolve(Modules.LOCKING).execute(
      `dealer-network-close-contest:${input.id}`,
      async () => {
        const { contest, standings } = await computeContestStandings(container, input.id)
        if (contest.status !== "running" && contest.status !== "closed") {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The contest is ${contest.status}; only a running contest can be closed`)
        }
        // Earlier winners who no longer take part (terminated, moved) earn 0 now: their prizes are clawed back.
        const earlier = await engagement.listDealerContestResults({ contest_id: contest.id }, { select: ["dealer_id"] })
        const gone = earlier.filter((result) => !standings.some((standing) => standing.dealer_id === result.dealer_id))
        const earned = [
          ...standings.map((standing) => earnedPrize(contest, standing)),
          ...gone.map((result) => earnedPrize(contest, { ...NO_STANDING, dealer_id: result.dealer_id })),
        ]
        const created = await rewards.recordAccruals({ program_id: contest.id, period_key: contestPeriodKey(contest), earned })
        await engagement.saveContestResults({
          contest_id: contest.id,
          prize_kind: contest.prize_kind,
          results: standings.map((standing) => ({
            dealer_id: standing.dealer_id,
            rank: standing.rank,
            metric_value: standing.metric_value,
            prize_amount: standing.prize_amount,
          })),
        })
        return { accrual_ids: created.map((accrual) => accrual.id), results: standings.length }
      },
      { timeout: CLOSE_LOCK_WAIT_S, expire: CLOSE_LOCK_LEASE_S }
    )
    return new StepResponse(outcome, outcome.accrual_ids)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<RewardsModuleService>(REWARDS_MODULE).deleteDealerRewardAccruals(createdIds)
  }
)
