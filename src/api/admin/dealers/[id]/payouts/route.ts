import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../../../utils/list-page"
import { createPayoutWorkflow } from "../../../../../workflows/rewards/workflows/create-payout"
import { refetchPayout } from "../../../dealer-payouts/helpers"
import type { AdminCreateDealerPayoutType } from "../../validators"
import { refetchDealer } from "../../helpers"
import type { Sendable } from "../../../../../types/http"
import type { DealerPayoutListResponse, DealerPayoutResponse } from "../../../../../types/rewards"

/** The dealer's payouts, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPayoutListResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { data: payouts, page } = await listPage(req, "dealer_payout", { ...req.filterableFields, dealer_id: req.params.id })
  res.json({ payouts, ...page })
}

/**
 * Pays wallet money out in a form (the agreement in force's payout form by
 * default): receivable_offset, marketing_points, cash or next_period_discount.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerPayoutType>,
  res: MedusaResponse<Sendable<DealerPayoutResponse>>
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { amount, form, program_id, note } = req.validatedBody
  const { result } = await createPayoutWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, amount, form, program_id, note },
  })
  res.status(201).json({ payout: await refetchPayout(req.scope, result.id, req.queryConfig.fields) })
}
