import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchPayoutBatch } from "../helpers"
import type { Sendable } from "../../../../types/http"
import type { DealerPayoutBatchResponse } from "../../../../types/payout-batches"

/** A bank file's batch with its payouts, their dealers and the accounts they were paid to. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPayoutBatchResponse>>) => {
  res.json({ batch: await refetchPayoutBatch(req.scope, req.params.id, req.queryConfig.fields) })
}
