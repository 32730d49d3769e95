import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/list-page"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { dealer_id, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: conflicts, page } = await listPage(
    req,
    "dealer_conflict_case",
    dealer_id
      ? { ...filters, $or: [{ seller_dealer_id: dealer_id }, { zone_owner_dealer_id: dealer_id }] }
      : filters
  )
  res.json({ conflicts, ...page })
}
