import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchPayout } from "../helpers"
import type { Sendable } from "../../../../types/http"
import type { DealerPayoutResponse } from "../../../../types/rewards"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPayoutResponse>>) => {
  res.json({ payout: await refetchPayout(req.scope, req.params.id, req.queryConfig.fields) })
}
