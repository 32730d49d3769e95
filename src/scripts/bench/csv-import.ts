import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { importSalesPlansWorkflow } from "../../workflows/sales-plan/workflows/import-sales-plans"
import { measure } from "./measure"
import { BenchScale, IMPORT_YEAR } from "./scale"

// CSV import of a year's plans (a totals row per dealer and month, as a
// planning department sends them), through the import workflow the admin route
// runs: dry runs, then real imports, each of a year no plan exists for yet
// (IMPORT_YEAR, the next, …), so that every run creates every plan.

const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`)

async function planCsv(pg: any, rows: number, year: number): Promise<string> {
  const months = monthsOf(year)
  const { rows: dealers } = await pg.raw("select code from dealer order by code limit ?", [Math.ceil(rows / months.length)])
  const lines = dealers
    .flatMap(({ code }: { code: string }, n: number) =>
      months.map((month, m) => `${code},${month},${4000 + ((n * 7 + m * 13) % 40) * 50}.00,${8 + (m % 4)},eur,Imported plan`)
    )
    .slice(0, rows)
  return ["dealer_code,period,target_amount,target_order_count,currency_code,note", ...lines].join("\n")
}

export async function benchCsvImport(container: MedusaContainer, scale: BenchScale) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let year = IMPORT_YEAR
  let csv = ""
  const runImport = async (dryRun: boolean) => {
    const { result } = await importSalesPlansWorkflow(container).run({ input: { csv, dry_run: dryRun } })
    if (result.errors.length) throw new Error(`the bench's plan CSV has errors: ${JSON.stringify(result.errors.slice(0, 3))}`)
    return result.rows
  }
  const heavy = { warmup: 1, runs: scale.heavyRuns }
  csv = await planCsv(pg, scale.csvRows, year)
  const dryRun = await measure(`CSV import of ${scale.csvRows} plan rows, dry run`, heavy, () => runImport(true))
  const nextYear = async () => {
    csv = await planCsv(pg, scale.csvRows, year++)
  }
  const commit = await measure(`CSV import of ${scale.csvRows} plan rows, written`, { ...heavy, before: nextYear }, () =>
    runImport(false)
  )
  return { dryRun, commit }
}
