// Run by scripts/bench.js (`medusa exec`) against a freshly migrated database:
// seeds the network, measures each operation beside its baseline, and writes
// the report (report.ts). BENCH_ONLY (comma-separated: period-close, csv-import,
// progress, checkout) runs some of the parts.
import type { ExecArgs } from "@medusajs/framework/types"
import path from "path"
import { BenchApp, startBaselineApp, startPluginApp, stopApps } from "./apps"
import { benchCheckout, benchOrderPlaced } from "./checkout"
import { benchCsvImport } from "./csv-import"
import { withPeakRss } from "./measure"
import { benchPeriodClose } from "./period-close"
import { benchProgress } from "./progress"
import { BenchResults, writeReport } from "./report"
import { benchScale } from "./scale"
import { seedNetwork } from "./seed"

const PARTS = ["period-close", "csv-import", "progress", "checkout"] as const

export default async function bench({ container }: ExecArgs) {
  const scale = benchScale()
  const only = process.env.BENCH_ONLY?.split(",")
  const runs = (part: (typeof PARTS)[number]) => !only || only.includes(part)
  console.log(`Seeding ${scale.dealers} dealers, ${scale.orders} orders (${scale.orders * 3} lines) [${scale.name}]…`)
  const seeded = await withPeakRss(async () => {
    const started = Date.now()
    await seedNetwork(container, scale)
    return Date.now() - started
  })
  console.log(`  seeded in ${(seeded.value / 1000).toFixed(1)} s\n`)
  const results: BenchResults = { scale, seed_ms: seeded.value }

  if (runs("period-close")) results.periodClose = await benchPeriodClose(container, scale)
  if (runs("csv-import")) results.csvImport = await benchCsvImport(container, scale)
  const apps: (BenchApp | undefined)[] = []
  try {
    if (runs("progress") || runs("checkout")) {
      const logDir = path.join(path.dirname(process.env.BENCH_OUTPUT ?? "bench-results/x"), "logs")
      console.log("\nBooting the app with the plugin…")
      const withPlugin = await startPluginApp(container, logDir, new Date().toISOString().slice(0, 7))
      apps.push(withPlugin)
      if (runs("progress")) results.progress = await benchProgress(container, withPlugin, scale)
      if (runs("checkout")) {
        console.log("\nBooting the app without the plugin…")
        const withoutPlugin = await startBaselineApp(logDir)
        apps.push(withoutPlugin)
        results.checkout = await benchCheckout(withPlugin, withoutPlugin, scale)
        results.orderPlaced = await benchOrderPlaced(container, withPlugin, scale)
      }
    }
  } finally {
    await stopApps(apps)
  }
  writeReport(results)
}
