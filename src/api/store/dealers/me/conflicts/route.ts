import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../../../utils/list-page"
import type { Sendable } from "../../../../../types/http"
import type { StoreConflictsResponse } from "../../../../../types/store"
import { dealerAccess } from "../membership"

/** Conflict cases about orders my dealer sold (in another dealer's exclusive zone, or outside its assortment), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreConflictsResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const { data: conflicts, page } = await listPage(
    req,
    "dealer_conflict_case",
    { ...req.filterableFields, seller_dealer_id: dealer_id },
    ["amount", "split_share_percent"]
  )
  res.json({ conflicts, ...page })
}
