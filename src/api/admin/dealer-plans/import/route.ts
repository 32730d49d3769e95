import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importSalesPlansWorkflow } from "../../../../workflows/sales-plan/workflows/import-sales-plans"
import type { AdminImportDealerPlansType } from "../validators"

/**
 * Imports sales plans from CSV (format in the README). A dry run only reports;
 * a real run writes nothing unless every row is good, and answers 400 with
 * the same report otherwise.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportDealerPlansType>,
  res: MedusaResponse
) => {
  const { result } = await importSalesPlansWorkflow(req.scope).run({
    input: { csv: req.validatedBody.csv, dry_run: req.validatedBody.dry_run },
  })
  if (!result.dry_run && result.errors.length) {
    const rows = new Set(result.errors.map((e) => e.line)).size
    res.status(400).json({
      type: "invalid_data",
      message: `${result.errors.length} error(s) on ${rows} line(s); nothing was imported`,
      ...result,
      plans_created: 0,
      plans_updated: 0,
      targets: 0,
    })
    return
  }
  res.json(result)
}
