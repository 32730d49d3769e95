import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACCRUAL_AMOUNTS } from "../../../../admin/dealer-reward-programs/query-config"
import { listPage } from "../../../../utils/list-page"
import { accrualsHiddenFrom, dealerAccess } from "../membership"
import type { Sendable } from "../../../../../types/http"
import type { RewardAccrualListResponse } from "../../../../../types/rewards"

/**
 * My dealer's reward accruals, each with how it was computed; a member who
 * does not see the sub-network does not get the accruals of rules that read its sales.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Sendable<RewardAccrualListResponse>>
) => {
  const access = dealerAccess(req)
  const hidden = await accrualsHiddenFrom(req, access)
  const filters = {
    ...req.filterableFields,
    dealer_id: access.dealer_id,
    ...(hidden.length ? { id: { $nin: hidden } } : {}),
  }
  const { data: accruals, page } = await listPage(req, "dealer_reward_accrual", filters, ACCRUAL_AMOUNTS)
  res.json({ accruals, ...page })
}
