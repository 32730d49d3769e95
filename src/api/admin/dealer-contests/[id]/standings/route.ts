import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { computeContestStandings } from "../../../../../workflows/engagement/contest-standings"
import type { ContestStandingsResponse } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import { refetchContest, standingsView } from "../../helpers"

/** The live leaderboard: every participant's figure now, its rank under the tie rule and the prize it would win. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<ContestStandingsResponse>>) => {
  await refetchContest(req, req.params.id)
  const { contest, standings } = await computeContestStandings(req.scope, req.params.id)
  res.json({ contest_id: contest.id, status: contest.status, live: true, standings: standingsView(contest, standings) })
}
