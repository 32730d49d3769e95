import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvePayoutWorkflow } from "../../../../../workflows/rewards/workflows/approve-payout"
import { refetchPayout } from "../../helpers"
import type { Sendable } from "../../../../../types/http"
import type { DealerPayoutResponse } from "../../../../../types/rewards"

/** A requested cash payout approved for the next bank export. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPayoutResponse>>) => {
  await refetchPayout(req.scope, req.params.id, ["id"])
  await approvePayoutWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ payout: await refetchPayout(req.scope, req.params.id, req.queryConfig.fields) })
}
