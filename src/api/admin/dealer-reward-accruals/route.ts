import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/list-page"
import { ACCRUAL_AMOUNTS } from "../dealer-reward-programs/query-config"

/** The reward ledger, with each entry's explanation. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: accruals, page } = await listPage(req, "dealer_reward_accrual", req.filterableFields, ACCRUAL_AMOUNTS)
  res.json({ accruals, ...page })
}
