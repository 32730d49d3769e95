import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishContestWorkflow } from "../../../../../workflows/engagement/workflows/publish-contest"
import type { DealerContestResponse } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import { refetchContest } from "../../helpers"

/** Starts a draft contest: its participants see it and its leaderboard. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerContestResponse>>) => {
  await refetchContest(req, req.params.id)
  await publishContestWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ contest: await refetchContest(req, req.params.id) })
}
