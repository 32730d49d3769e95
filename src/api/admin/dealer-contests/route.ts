import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createContestWorkflow } from "../../../workflows/engagement/workflows/create-contest"
import type { DealerContestListResponse, DealerContestResponse } from "../../../types/engagement"
import type { Sendable } from "../../../types/http"
import { listContests, refetchContest } from "./helpers"
import type { AdminCreateDealerContestType } from "./validators"

/** Contests (filters status, id, dealer_id), latest start first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerContestListResponse>>) => {
  res.json(await listContests(req))
}

/** A draft contest. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerContestType>,
  res: MedusaResponse<Sendable<DealerContestResponse>>
) => {
  const { result } = await createContestWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ contest: await refetchContest(req, result.id) })
}
