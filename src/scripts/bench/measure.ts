import { median, percentile } from "../../lib/bench-stats"

export type Measurement = {
  label: string
  runs: number
  median_ms: number | null
  p95_ms: number | null
  min_ms: number | null
  /** Rows the operation answered or wrote (its last run). */
  rows?: number
  /** Highest resident memory of this process while the runs went on (sampled every 20 ms). */
  peak_rss_mb: number
}

/** Highest resident set size of this process while `fn` runs, sampled. */
export async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  try {
    const value = await fn()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { value, peakRssMb: Math.round(peak / 1024 / 1024) }
  } finally {
    clearInterval(timer)
  }
}

const round = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10)

/**
 * `warmup` unmeasured runs, then `runs` timed ones: median, p95 and peak
 * memory. `before` runs untimed before each run (to reset state); `fn` answers
 * the number of rows it read or wrote.
 */
export async function measure(
  label: string,
  options: { warmup: number; runs: number; before?: () => Promise<unknown> },
  fn: () => Promise<number | void>
): Promise<Measurement> {
  for (let i = 0; i < options.warmup; i++) {
    await options.before?.()
    await fn()
  }
  const timings: number[] = []
  let rows: number | void = undefined
  const { peakRssMb } = await withPeakRss(async () => {
    for (let i = 0; i < options.runs; i++) {
      await options.before?.()
      const started = process.hrtime.bigint()
      rows = await fn()
      timings.push(Number(process.hrtime.bigint() - started) / 1e6)
    }
  })
  const result: Measurement = {
    label,
    runs: options.runs,
    median_ms: round(median(timings)),
    p95_ms: round(percentile(timings, 95)),
    min_ms: round(percentile(timings, 0)),
    ...(typeof rows === "number" && { rows }),
    peak_rss_mb: peakRssMb,
  }
  console.log(`  ${label.padEnd(64)} median ${String(result.median_ms).padStart(9)} ms  p95 ${String(result.p95_ms).padStart(9)} ms`)
  return result
}
