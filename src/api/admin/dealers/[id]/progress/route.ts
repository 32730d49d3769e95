import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildDealerProgress } from "../../../../../queries/dealer-progress"
import type { AdminGetDealerProgressParamsType } from "../../validators"
import { refetchDealer } from "../../helpers"
import type { Sendable } from "../../../../../types/http"
import type { DealerProgressResponse } from "../../../../../types/sales-plan"

/** The dealer's plan, actual, deviation and focus targets for a month, and its sub-network's roll-up. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerProgressParamsType>,
  res: MedusaResponse<Sendable<DealerProgressResponse>>
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { period, as_of } = req.validatedQuery as AdminGetDealerProgressParamsType
  res.json({ progress: await buildDealerProgress(req.scope, req.params.id, { period, as_of }) })
}
