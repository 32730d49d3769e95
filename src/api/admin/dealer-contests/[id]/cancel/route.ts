import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelContestWorkflow } from "../../../../../workflows/engagement/workflows/cancel-contest"
import type { DealerContestResponse } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import { refetchContest } from "../../helpers"

/** Cancels a draft or running contest: no prizes. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerContestResponse>>) => {
  await refetchContest(req, req.params.id)
  await cancelContestWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ contest: await refetchContest(req, req.params.id) })
}
