import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { gapToAbove } from "../../../../../../lib/contest-prizes"
import { ENGAGEMENT_MODULE } from "../../../../../../modules/engagement"
import type EngagementModuleService from "../../../../../../modules/engagement/service"
import { listContestIdsOfDealer } from "../../../../../../queries/contest-standings"
import type { DealerContest, StoreContestLeaderboard } from "../../../../../../types/engagement"
import type { Sendable } from "../../../../../../types/http"
import { computeContestStandings } from "../../../../../../workflows/engagement/contest-standings"
import { contestResults, figureString, prizeString, refetchContest } from "../../../../../admin/dealer-contests/helpers"
import { dealerAccess } from "../../membership"

type Line = { dealer_id: string; dealer_name: string; rank: number | null; value: string | null; prize_amount: string }

/**
 * A contest my dealer takes part in: the leaderboard (live while it runs; the
 * close's results once closed), my rank, my figure and the gap to the rank
 * above. Others are named only when the contest shows names; else "Participant n".
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreContestLeaderboard>>) => {
  const { dealer_id } = dealerAccess(req)
  const ids = await listContestIdsOfDealer(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    dealerId: dealer_id,
    statuses: ["running", "closed"],
  })
  if (!ids.includes(req.params.id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Contest with id: ${req.params.id} was not found`)
  const contest = (await refetchContest(req, req.params.id)) as unknown as DealerContest
  const engagement: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const full = (await engagement.retrieveDealerContest(contest.id)) as unknown as DealerContest
  const live = full.status !== "closed"
  const lines: Line[] = live
    ? (await computeContestStandings(req.scope, full.id)).standings.map((standing) => ({ ...standing, value: standing.metric_value }))
    : (await contestResults(req, full)).map((result) => ({
        dealer_id: result.dealer_id,
        dealer_name: result.dealer?.name ?? "",
        rank: result.rank,
        value: result.metric_value,
        prize_amount: result.prize_amount,
      }))
  const mine = lines.find((line) => line.dealer_id === dealer_id) ?? null
  res.json({
    contest,
    live,
    me: mine && {
      rank: mine.rank,
      metric_value: figureString(full, mine.value),
      prize_amount: prizeString(full, mine.prize_amount),
      gap_to_above: figureString(full, gapToAbove(lines, dealer_id)),
    },
    standings: lines.map((line, i) => ({
      rank: line.rank,
      name: line.dealer_id === dealer_id || full.show_names ? line.dealer_name : `Participant ${i + 1}`,
      metric_value: figureString(full, line.value),
      is_me: line.dealer_id === dealer_id,
      prize_amount: prizeString(full, line.prize_amount),
    })),
  } as Sendable<StoreContestLeaderboard>)
}
