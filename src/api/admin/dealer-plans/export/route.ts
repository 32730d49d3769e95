import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exportSalesPlansWorkflow } from "../../../../workflows/sales-plan/workflows/export-sales-plans"
import type { AdminExportDealerPlansParamsType } from "../validators"

/** Plans of a month (or a range of months) with their actuals, as a CSV download. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExportDealerPlansParamsType>,
  res: MedusaResponse
) => {
  const { period, period_from, period_to, dealer_id } = req.validatedQuery
  const from = period ?? period_from ?? "0000-01"
  const to = period ?? period_to ?? "9999-12"
  const { result } = await exportSalesPlansWorkflow(req.scope).run({
    input: {
      period_from: from,
      period_to: to,
      ...(dealer_id ? { dealer_ids: Array.isArray(dealer_id) ? dealer_id : [dealer_id] } : {}),
    },
  })
  const name = period ?? `${period_from ?? "start"}_${period_to ?? "end"}`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="dealer-plans-${name}.csv"`)
  res.status(200).send(result.csv)
}
