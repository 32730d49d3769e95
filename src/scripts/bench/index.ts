// Run by scripts/bench.js (`medusa exec`) against a freshly migrated database:
// seeds the network, measures each operation beside its baseline, and writes
// the report (report.ts).
import type { ExecArgs } from "@medusajs/framework/types"
import { benchPeriodClose } from "./period-close"
import { benchScale } from "./scale"
import { seedNetwork } from "./seed"
import { writeReport } from "./report"
import { withPeakRss } from "./measure"

export default async function bench({ container }: ExecArgs) {
  const scale = benchScale()
  console.log(`Seeding ${scale.dealers} dealers, ${scale.orders} orders (${scale.orders * 3} lines) [${scale.name}]…`)
  const seeded = await withPeakRss(async () => {
    const started = Date.now()
    await seedNetwork(container, scale)
    return Date.now() - started
  })
  console.log(`  seeded in ${(seeded.value / 1000).toFixed(1)} s\n`)

  const periodClose = await benchPeriodClose(container, scale)
  writeReport({ scale, seed_ms: seeded.value, periodClose })
}
