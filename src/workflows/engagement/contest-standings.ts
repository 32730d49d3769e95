import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currencyPrecision } from "../../lib/amounts"
import { awardPrizes, ContestPrizeRow } from "../../lib/contest-prizes"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../../modules/engagement"
import type EngagementModuleService from "../../modules/engagement/service"
import { loadContestFigures } from "../../queries/contest-standings"
import type { ContestStanding, DealerContest } from "../../types/engagement"

/** The decimals a contest's prizes are paid in: whole marketing points, money and event credit in its currency's. */
export const prizePrecision = (contest: Pick<DealerContest, "prize_kind" | "currency_code">) =>
  contest.prize_kind === "marketing_points" ? 0 : currencyPrecision(contest.currency_code)

/**
 * The contest's standings now: every participant's figure (one SQL query),
 * ranked under its tie rule, with the prizes each would win. Reads only.
 */
export async function computeContestStandings(container: MedusaContainer, contestId: string) {
  const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  const { timeZone } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  const contest = (await engagement.retrieveDealerContest(contestId)) as unknown as DealerContest
  const figures = await loadContestFigures(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), contest, timeZone)
  const awarded = awardPrizes(figures, {
    tieRule: contest.tie_rule,
    prizes: (contest.prizes ?? []) as ContestPrizeRow[],
    precision: prizePrecision(contest),
  })
  const standings: ContestStanding[] = awarded.map((entry) => ({
    dealer_id: entry.dealer_id,
    dealer_code: entry.dealer_code,
    dealer_name: entry.dealer_name,
    metric_value: entry.value,
    reached_at: entry.reached_at ? new Date(entry.reached_at).toISOString() : null,
    rank: entry.rank,
    prize_amount: entry.prize_amount,
    prize_rows: entry.prize_rows,
  }))
  return { contest, standings }
}
