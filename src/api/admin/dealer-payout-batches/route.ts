import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPayoutBatchWorkflow } from "../../../workflows/rewards/workflows/create-payout-batch"
import { listPage } from "../../utils/list-page"
import { refetchPayoutBatch } from "./helpers"
import type { AdminCreatePayoutBatchType } from "./validators"
import type { Sendable } from "../../../types/http"
import type { DealerPayoutBatchListResponse, DealerPayoutBatchResponse } from "../../../types/payout-batches"

/** The bank files exported so far (filter status), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPayoutBatchListResponse>>) => {
  const { data: batches, page } = await listPage(req, "dealer_payout_batch", req.filterableFields, ["total"])
  res.json({ batches, ...page })
}

/**
 * Exports the chosen approved cash payouts (all approved ones without
 * payout_ids) as one bank file; they become exported. Download the file from
 * GET …/:id/file, as often as needed: it stays the same.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePayoutBatchType>,
  res: MedusaResponse<Sendable<DealerPayoutBatchResponse>>
) => {
  const { result } = await createPayoutBatchWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ batch: await refetchPayoutBatch(req.scope, result.id) })
}
