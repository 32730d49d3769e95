import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exportPayoutsWorkflow } from "../../../../workflows/rewards/workflows/export-payouts"
import { AdminExportDealerPayoutsParams } from "../validators"

/**
 * The bank file of cash payouts as a CSV download: `status=approved` (the
 * default) exports the approved ones and marks them exported;
 * `status=exported` gives the exported ones again and changes nothing.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  // Parsed here again: the /admin/dealer-payouts/:id validator matches this path too.
  const { status, dealer_id } = AdminExportDealerPayoutsParams.parse(req.query)
  const { result } = await exportPayoutsWorkflow(req.scope).run({
    input: { status, ...(dealer_id ? { dealer_ids: Array.isArray(dealer_id) ? dealer_id : [dealer_id] } : {}) },
  })
  const day = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="dealer-payouts-${status}-${day}.csv"`)
  res.setHeader("X-Payout-Count", String(result.count))
  res.status(200).send(result.csv)
}
