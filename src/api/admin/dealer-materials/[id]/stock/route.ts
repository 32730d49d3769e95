import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adjustMaterialStockWorkflow } from "../../../../../workflows/engagement/workflows/adjust-material-stock"
import type { Sendable } from "../../../../../types/http"
import type { DealerMaterialResponse } from "../../../../../types/engagement"
import { refetchMaterial } from "../../helpers"
import type { AdminAdjustMaterialStockType } from "../../validators"

/** Restock (`adjustment` > 0), correct after a count (< 0, never below zero) or set the stock (`stock`, null = unlimited). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAdjustMaterialStockType>,
  res: MedusaResponse<Sendable<DealerMaterialResponse>>
) => {
  await adjustMaterialStockWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ material: await refetchMaterial(req, req.params.id) })
}
