import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeContestWorkflow } from "../../../../../workflows/engagement/workflows/close-contest"
import type { CloseContestResponse } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import { refetchContest } from "../../helpers"

/**
 * Closes a running contest, or a closed one again: prizes accrued (pending)
 * as earned minus accrued before, and the final standings stored. `accruals`
 * counts the ledger entries this close wrote (0 on a rerun that changed nothing).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<CloseContestResponse>>) => {
  await refetchContest(req, req.params.id)
  const { result } = await closeContestWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ contest: await refetchContest(req, req.params.id), accruals: result.accrual_ids.length, results: result.results })
}
