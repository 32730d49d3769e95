import fs from "fs"
import os from "os"
import path from "path"
import { ratioOf } from "../../lib/bench-stats"
import { APPS_WITHOUT_PLUGIN_CODE } from "./apps"
import type { benchCheckout, benchOrderPlaced } from "./checkout"
import type { benchCsvImport } from "./csv-import"
import type { Measurement } from "./measure"
import type { benchPeriodClose } from "./period-close"
import type { benchProgress } from "./progress"
import type { BenchScale } from "./scale"

export type BenchResults = {
  scale: BenchScale
  /** Missing when the run started from a kept copy (BENCH_SEEDED). */
  seed_ms?: number
  periodClose?: Awaited<ReturnType<typeof benchPeriodClose>>
  csvImport?: Awaited<ReturnType<typeof benchCsvImport>>
  progress?: Awaited<ReturnType<typeof benchProgress>>
  checkout?: Awaited<ReturnType<typeof benchCheckout>>
  orderPlaced?: Awaited<ReturnType<typeof benchOrderPlaced>>
}

type Row = { operation: string; median: number | null; p95: number | null; baseline: string; ratio: number | null; target: string }

type Timing = { median_ms: number; p95_ms: number }

/** A row of timings taken in pairs: its ratio is the median of the pairs' ratios, the medians' ratio goes beside the baseline. */
function pairedRow(
  operation: string,
  [measured, baseline]: [Timing, Timing],
  ratio: number | null,
  target = ""
): Row {
  return {
    operation,
    median: measured.median_ms,
    p95: measured.p95_ms,
    baseline: `without plugin ${baseline.median_ms} ms (medians ${ratioOf(measured.median_ms, baseline.median_ms)} ×)`,
    ratio,
    target,
  }
}

/** The CPU time an app's server used per checkout, over all its rounds, against the app without the plugin. */
function serverCpuRow(operation: string, cpu: { with_ms: number; without_ms: number; ratio: number | null }): Row {
  return { operation, median: null, p95: null, baseline: `${cpu.with_ms} / ${cpu.without_ms} ms without plugin`, ratio: cpu.ratio, target: "" }
}

function rowsOf(results: BenchResults): Row[] {
  const rows: Row[] = []
  const close = results.periodClose
  if (close) {
    rows.push({
      operation: `period close (${close.full.rows} accruals, peak ${close.full.peak_rss_mb} MB, ${close.full.rss_before_mb} MB before)`,
      median: close.full.median_ms,
      p95: close.full.p95_ms,
      baseline: `floor ${close.floorMs} ms`,
      ratio: ratioOf(close.full.median_ms, close.floorMs),
      target: "≤ 3 × floor, ≤ 512 MB",
    })
    rows.push({
      operation: "period close rerun (writes nothing)",
      median: close.rerun.median_ms,
      p95: close.rerun.p95_ms,
      baseline: `floor ${close.floorMs} ms`,
      ratio: ratioOf(close.rerun.median_ms, close.floorMs),
      target: "",
    })
  }
  const csv = results.csvImport
  if (csv) {
    for (const [name, figure] of [["dry run", csv.dryRun], ["written", csv.commit]] as const) {
      rows.push({
        operation: `CSV import, ${figure.rows} rows, ${name} (peak ${figure.peak_rss_mb} MB)`,
        median: figure.median_ms,
        p95: figure.p95_ms,
        baseline: "",
        ratio: null,
        target: "≤ 20,000 ms",
      })
    }
  }
  const progress = results.progress
  if (progress) {
    const pairs = [
      ["ranked list, page of 50 (HTTP)", progress.ranked_http, progress.ranked_sql, "p95 ≤ 150 ms"],
      ["network roll-ups (HTTP)", progress.overview_http, progress.overview_sql, ""],
      ["distributor's sub-network (HTTP)", progress.sub_network_http, progress.sub_network_sql, "p95 ≤ 100 ms"],
    ] as const
    for (const [operation, http, sql, target] of pairs) {
      rows.push({
        operation,
        median: http.median_ms,
        p95: http.p95_ms,
        baseline: `read model p95 ${sql.p95_ms} ms`,
        ratio: ratioOf(http.p95_ms, sql.p95_ms),
        target,
      })
    }
  }
  const checkout = results.checkout
  if (checkout) {
    const processes = results.scale.checkoutProcesses
    const spread = processes > 1 ? `, ${processes} server processes each` : ""
    const checkouts = `checkout, cart to order (${checkout.with_plugin.runs} each, in turns${spread})`
    rows.push(pairedRow(checkouts, [checkout.with_plugin, checkout.without_plugin], checkout.paired_ratio, "≤ 1.05 × without"))
    const completions: [Timing, Timing] = [checkout.complete_with_plugin, checkout.complete_without_plugin]
    rows.push(pairedRow("cart completion alone", completions, checkout.complete_paired_ratio))
    rows.push(serverCpuRow("server CPU per checkout", checkout.server_cpu_per_checkout))
    const others = [
      [APPS_WITHOUT_PLUGIN_CODE.control.description, checkout.control, "≈ 1 (the bench's own asymmetry)"],
      [APPS_WITHOUT_PLUGIN_CODE["modules-only"].description, checkout.modules_only, ""],
    ] as const
    for (const [name, compared, target] of others) {
      if (!compared) continue
      const timings: [Timing, Timing] = [compared.with_plugin, compared.without_plugin]
      rows.push(pairedRow(`${name}: checkout`, timings, compared.paired_ratio, target))
      rows.push(serverCpuRow(`${name}: server CPU per checkout`, compared.server_cpu_per_checkout))
    }
  }
  const placed = results.orderPlaced
  if (placed) {
    rows.push({
      operation: "one order.placed (attribution, zones, contribution)",
      median: placed.oneEvent.median_ms,
      p95: placed.oneEvent.p95_ms,
      baseline: "",
      ratio: null,
      target: "median ≤ 25 ms",
    })
    rows.push({
      operation: `order.placed burst: ${placed.throughput.orders_per_second} orders/s (${placed.throughput.concurrency} at once)`,
      median: null,
      p95: null,
      baseline: `${placed.throughput.orders} orders in ${placed.throughput.seconds} s`,
      ratio: null,
      target: "",
    })
  }
  return rows
}

function table(rows: Row[]): string {
  const header = ["operation", "median ms", "p95 ms", "baseline", "ratio", "target"]
  const cells = rows.map((r) => [r.operation, String(r.median ?? "–"), String(r.p95 ?? "–"), r.baseline, String(r.ratio ?? "–"), r.target])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (c: string[]) => "| " + c.map((v, i) => v.padEnd(widths[i])).join(" | ") + " |"
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")
}

/** Prints the table and writes everything to BENCH_OUTPUT (bench-results/<date>.json). */
export function writeReport(results: BenchResults) {
  const rows = rowsOf(results)
  const printed = table(rows)
  console.log(`\n${printed}\n`)
  const output = process.env.BENCH_OUTPUT
  if (!output) return
  fs.mkdirSync(path.dirname(output), { recursive: true })
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, load_average: os.loadavg().map((n) => Math.round(n * 100) / 100), node: process.version },
    ...results,
    table: rows,
  }
  fs.writeFileSync(output, JSON.stringify(report, null, 2))
  fs.writeFileSync(output.replace(/\.json$/, ".md"), printed + "\n")
  console.log(`Written to ${path.relative(process.cwd(), output)}`)
}
