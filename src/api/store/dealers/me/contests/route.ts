import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listContests } from "../../../../admin/dealer-contests/helpers"
import type { DealerContestListResponse } from "../../../../../types/engagement"
import type { Sendable } from "../../../../../types/http"
import { dealerAccess } from "../membership"

/** The running and closed contests my dealer takes part in (its audience now; a close's results), latest end first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerContestListResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  req.filterableFields = { ...req.filterableFields, dealer_id }
  res.json(await listContests(req, ["running", "closed"]))
}
