import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkDeviationsWorkflow } from "../../../../workflows/sales-plan/workflows/check-deviations"
import type { AdminCheckDealerDeviationsType } from "../validators"

/** Runs the daily deviation check now (for `date`, today by default); answers the alerts created and cleared. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCheckDealerDeviationsType>,
  res: MedusaResponse
) => {
  const { result } = await checkDeviationsWorkflow(req.scope).run({
    input: { date: req.validatedBody.date },
  })
  res.json(result)
}
