import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../../../utils/list-page"
import { requireMembership } from "../membership"

/** My dealer's reward accruals, each with how it was computed. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const membership = await requireMembership(req)
  const { data: accruals, page } = await listPage(req, "dealer_reward_accrual", {
    ...req.filterableFields,
    dealer_id: membership.dealer_id,
  })
  res.json({ accruals, ...page })
}
