import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows/rewards/workflows/mark-payout-paid"
import { refetchPayout } from "../../helpers"
import type { AdminMarkDealerPayoutPaidType } from "../../validators"
import type { Sendable } from "../../../../../types/http"
import type { DealerPayoutResponse } from "../../../../../types/rewards"

/** An exported cash payout paid by the bank, with the bank's reference. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMarkDealerPayoutPaidType>,
  res: MedusaResponse<Sendable<DealerPayoutResponse>>
) => {
  await refetchPayout(req.scope, req.params.id, ["id"])
  await markPayoutPaidWorkflow(req.scope).run({
    input: { id: req.params.id, reference: req.validatedBody.reference },
  })
  res.json({ payout: await refetchPayout(req.scope, req.params.id, req.queryConfig.fields) })
}
