import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { importSalesPlansWorkflow } from "../../workflows/sales-plan/workflows/import-sales-plans"
import { measure } from "./measure"
import { BenchScale, IMPORT_YEAR } from "./scale"

// CSV import of the next year's plans (a totals row per dealer and month, as a
// planning department sends them), through the import workflow the admin route
// runs: a dry run, then the real import, which writes every plan.

const MONTHS = Array.from({ length: 12 }, (_, i) => `${IMPORT_YEAR}-${String(i + 1).padStart(2, "0")}`)

async function planCsv(pg: any, rows: number): Promise<string> {
  const { rows: dealers } = await pg.raw("select code from dealer order by code limit ?", [Math.ceil(rows / MONTHS.length)])
  const lines = dealers
    .flatMap(({ code }: { code: string }, n: number) =>
      MONTHS.map((month, m) => `${code},${month},${4000 + ((n * 7 + m * 13) % 40) * 50}.00,${8 + (m % 4)},eur,Imported plan`)
    )
    .slice(0, rows)
  return ["dealer_code,period,target_amount,target_order_count,currency_code,note", ...lines].join("\n")
}

export async function benchCsvImport(container: MedusaContainer, scale: BenchScale) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const csv = await planCsv(pg, scale.csvRows)
  const runImport = async (dryRun: boolean) => {
    const { result } = await importSalesPlansWorkflow(container).run({ input: { csv, dry_run: dryRun } })
    if (result.errors.length) throw new Error(`the bench's plan CSV has errors: ${JSON.stringify(result.errors.slice(0, 3))}`)
    return result.rows
  }
  const removeImported = () =>
    pg.raw("delete from dealer_sales_plan where period_key = any(?::text[])", [MONTHS])
  const heavy = { warmup: 1, runs: scale.heavyRuns }
  const dryRun = await measure(`CSV import of ${scale.csvRows} plan rows, dry run`, heavy, () => runImport(true))
  const commit = await measure(`CSV import of ${scale.csvRows} plan rows, written`, { ...heavy, before: removeImported }, () =>
    runImport(false)
  )
  return { dryRun, commit }
}
