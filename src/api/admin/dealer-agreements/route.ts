import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withInForce } from "./helpers"
import { listPage } from "../../utils/list-page"
import type { AgreementListResponse } from "../../../types/dealer-network"
import type { Sendable } from "../../../types/http"

/** Agreements across dealers (every version), with the dealer's code and name. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<AgreementListResponse>>) => {
  const { data, page } = await listPage(req, "dealer_agreement")
  res.json({
    agreements: withInForce(data),
    ...page,
  })
}
