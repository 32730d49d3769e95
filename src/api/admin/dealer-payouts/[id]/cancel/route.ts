import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPayoutWorkflow } from "../../../../../workflows/rewards/workflows/cancel-payout"
import { refetchPayout } from "../../helpers"
import type { AdminCancelDealerPayoutType } from "../../validators"
import type { Sendable } from "../../../../../types/http"
import type { DealerPayoutResponse } from "../../../../../types/rewards"

/** A cash payout canceled before it is paid; its money goes back to the wallet. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCancelDealerPayoutType>,
  res: MedusaResponse<Sendable<DealerPayoutResponse>>
) => {
  await refetchPayout(req.scope, req.params.id, ["id"])
  await cancelPayoutWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody?.reason ?? null },
  })
  res.json({ payout: await refetchPayout(req.scope, req.params.id, req.queryConfig.fields) })
}
