import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutBatchPaidWorkflow } from "../../../../../workflows/rewards/workflows/mark-payout-batch-paid"
import { refetchPayoutBatch } from "../../helpers"
import type { AdminMarkPayoutBatchPaidType } from "../../validators"
import type { Sendable } from "../../../../../types/http"
import type { DealerPayoutBatchResponse } from "../../../../../types/payout-batches"

/** The bank executed the file: every payout still waiting in it is paid, with the bank's reference. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMarkPayoutBatchPaidType>,
  res: MedusaResponse<Sendable<DealerPayoutBatchResponse>>
) => {
  await refetchPayoutBatch(req.scope, req.params.id, ["id"])
  await markPayoutBatchPaidWorkflow(req.scope).run({ input: { id: req.params.id, reference: req.validatedBody.reference } })
  res.json({ batch: await refetchPayoutBatch(req.scope, req.params.id) })
}
