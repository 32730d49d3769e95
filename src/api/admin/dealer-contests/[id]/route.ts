import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateContestWorkflow } from "../../../../workflows/engagement/workflows/update-contest"
import type { DealerContestResponse } from "../../../../types/engagement"
import type { Sendable } from "../../../../types/http"
import { refetchContest } from "../helpers"
import type { AdminUpdateDealerContestType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerContestResponse>>) => {
  res.json({ contest: await refetchContest(req, req.params.id) })
}

/** Changes a draft or running contest (a running one keeps its audience, metric, currency, start and prize kind). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerContestType>,
  res: MedusaResponse<Sendable<DealerContestResponse>>
) => {
  await refetchContest(req, req.params.id)
  await updateContestWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody as any) } })
  res.json({ contest: await refetchContest(req, req.params.id) })
}
