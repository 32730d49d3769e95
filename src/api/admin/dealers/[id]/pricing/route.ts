import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncDealerPricingWorkflow } from "../../../../../workflows/wholesale/workflows/sync-dealer-pricing"
import { refetchDealer } from "../../helpers"
import type { DealerPricingResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

/**
 * Rebuilds the dealer's price list from its agreement in force and its tier,
 * e.g. after the store's prices changed.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPricingResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { result } = await syncDealerPricingWorkflow(req.scope).run({ input: { dealer_ids: [req.params.id] } })
  res.json({ pricing: result[0] })
}
