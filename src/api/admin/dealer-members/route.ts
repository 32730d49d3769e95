import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/list-page"
import type { DealerMembershipListResponse } from "../../../types/dealer-network"
import type { Sendable } from "../../../types/http"

/** Memberships across dealers, e.g. `?customer_id=` for which dealer a customer buys for. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Sendable<DealerMembershipListResponse>>
) => {
  const { data: members, page } = await listPage(req, "dealer_member")
  res.json({ members, ...page })
}
