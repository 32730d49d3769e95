// Run by scripts/bench.js (`medusa exec`) against a freshly migrated database:
// seeds the network, measures each operation beside its baseline, and writes
// the report (report.ts), in two processes (BENCH_PHASE): "seed", then "measure"
// (scripts/bench.js may copy the seeded database in between, BENCH_KEEP).
// BENCH_ONLY (comma-separated: period-close, csv-import, progress, checkout)
// runs some of the parts. With BENCH_CONTROL=1 a second app without the plugin takes
// turns in the checkouts too, with BENCH_MODULES_ONLY=1 an app with the plugin's modules
// but none of its other code.
import type { ExecArgs } from "@medusajs/framework/types"
import fs from "fs"
import path from "path"
import { APPS_WITHOUT_PLUGIN_CODE, BenchApp, startAppWithoutPluginCode, startPluginApp, stopApps } from "./apps"
import { benchCheckout, benchOrderPlaced, OtherApps } from "./checkout"
import { benchCsvImport } from "./csv-import"
import { benchPeriodClose } from "./period-close"
import { benchProgress } from "./progress"
import { BenchResults, writeReport } from "./report"
import { BenchScale, benchScale } from "./scale"
import { seedNetwork } from "./seed"

const PARTS = ["period-close", "csv-import", "progress", "checkout"] as const

const SEED_TIME_FILE = process.env.BENCH_SEED_TIME_FILE
// Apps that take turns in the checkouts too, each compared with the app without the plugin.
const OTHER_APPS = [
  { name: "control", wanted: process.env.BENCH_CONTROL === "1" },
  { name: "modules-only", wanted: process.env.BENCH_MODULES_ONLY === "1" },
] as const

async function seed(container: ExecArgs["container"], scale: BenchScale) {
  console.log(`Seeding ${scale.dealers} dealers, ${scale.orders} orders (${scale.orders * 3} lines) [${scale.name}]…`)
  const started = Date.now()
  await seedNetwork(container, scale)
  const seedMs = Date.now() - started
  console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s\n`)
  if (SEED_TIME_FILE) fs.writeFileSync(SEED_TIME_FILE, String(seedMs))
}

const readSeedTime = () =>
  SEED_TIME_FILE && fs.existsSync(SEED_TIME_FILE) ? Number(fs.readFileSync(SEED_TIME_FILE, "utf8")) : undefined

export default async function bench({ container }: ExecArgs) {
  const scale = benchScale()
  const only = process.env.BENCH_ONLY?.split(",")
  const runs = (part: (typeof PARTS)[number]) => !only || only.includes(part)
  if (process.env.BENCH_PHASE === "seed") return seed(container, scale)
  const results: BenchResults = { scale, seed_ms: readSeedTime() }

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
        console.log(`\nBooting ${APPS_WITHOUT_PLUGIN_CODE["without-plugin"].description}…`)
        const withoutPlugin = await startAppWithoutPluginCode(withPlugin, logDir, "without-plugin")
        apps.push(withoutPlugin)
        const others: OtherApps = {}
        for (const { name } of OTHER_APPS.filter((other) => other.wanted)) {
          console.log(`\nBooting ${APPS_WITHOUT_PLUGIN_CODE[name].description}…`)
          apps.push((others[name] = await startAppWithoutPluginCode(withPlugin, logDir, name)))
        }
        results.checkout = await benchCheckout(container, withPlugin, withoutPlugin, scale, others)
        results.orderPlaced = await benchOrderPlaced(container, withPlugin, scale)
      }
    }
  } finally {
    await stopApps(apps)
  }
  writeReport(results)
}
