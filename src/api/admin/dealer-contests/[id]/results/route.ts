import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ContestResultListResponse, DealerContest } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import { contestResults, refetchContest } from "../../helpers"

/** The final standings of the last close, each with its prize accruals and their status (empty before a close). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<ContestResultListResponse>>) => {
  const contest = (await refetchContest(req, req.params.id)) as unknown as DealerContest
  res.json({ results: await contestResults(req, contest) })
}
