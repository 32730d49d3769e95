import fs from "fs"
import os from "os"
import path from "path"
import { ratioOf } from "../../lib/bench-stats"
import type { Measurement } from "./measure"
import type { BenchScale } from "./scale"

type PeriodCloseFigures = {
  floorByDealer: Measurement
  floorByCategory: Measurement
  floorMs: number
  full: Measurement
  rerun: Measurement
}

export type BenchResults = {
  scale: BenchScale
  seed_ms: number
  periodClose?: PeriodCloseFigures
}

type Row = { operation: string; median: number | null; p95: number | null; baseline: string; ratio: number | null; target: string }

function rowsOf(results: BenchResults): Row[] {
  const rows: Row[] = []
  const close = results.periodClose
  if (close) {
    rows.push({
      operation: `period close (${close.full.rows} accruals, peak ${close.full.peak_rss_mb} MB)`,
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
