import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerReceivables } from "../../../../../queries/receivables"
import { refetchDealer } from "../../helpers"
import type { AdminGetDealerReceivablesParamsType } from "../../validators"
import type { Sendable } from "../../../../../types/http"
import type { DealerReceivablesResponse } from "../../../../../types/wholesale"

/** What the dealer owes: balances aged current / 1–30 / 31–60 / over 60 days overdue, and the unpaid orders. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerReceivablesParamsType>,
  res: MedusaResponse<Sendable<{ receivables: DealerReceivablesResponse }>>
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const query = req.validatedQuery as AdminGetDealerReceivablesParamsType
  res.json({ receivables: await dealerReceivables(req.scope, req.params.id, query.as_of) })
}
