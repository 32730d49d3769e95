import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows/rewards/workflows/mark-payout-paid"
import { refetchPayout } from "../../helpers"
import type { AdminMarkDealerPayoutPaidType } from "../../validators"

/** An exported cash payout paid by the bank, with the bank's reference. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMarkDealerPayoutPaidType>, res: MedusaResponse) => {
  await refetchPayout(req.scope, req.params.id, ["id"])
  await markPayoutPaidWorkflow(req.scope).run({
    input: { id: req.params.id, reference: req.validatedBody.reference },
  })
  res.json({ payout: await refetchPayout(req.scope, req.params.id, req.queryConfig.fields) })
}
