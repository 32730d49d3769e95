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
  /** Resident memory right before a run (after the collection), the highest of the runs: what the process held already. */
  rss_before_mb: number
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024)

/**
 * A full garbage collection when the process allows it (scripts/bench.js starts
 * it with --expose-gc), so each run starts from a collected heap, as a run in
 * a server does after idle time. Without it, V8 collects the old space only
 * when it has grown to a few times its live size, and a run's peak holds the
 * garbage of the runs before it (a close leaves ~100 MB at 10,000 dealers).
 */
function collectGarbage() {
  ;(globalThis as { gc?: () => void }).gc?.()
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
 * memory. `before` runs untimed before each run (to reset state), and with
 * `collectBefore` a full garbage collection after it; `fn` answers the number
 * of rows it read or wrote.
 */
export async function measure(
  label: string,
  options: { warmup: number; runs: number; before?: () => Promise<unknown>; collectBefore?: boolean },
  fn: () => Promise<number | void>
): Promise<Measurement> {
  for (let i = 0; i < options.warmup; i++) {
    await options.before?.()
    await fn()
  }
  const timings: number[] = []
  let rows: number | void = undefined
  let rssBeforeMb = 0
  const { peakRssMb } = await withPeakRss(async () => {
    for (let i = 0; i < options.runs; i++) {
      await options.before?.()
      if (options.collectBefore) collectGarbage()
      rssBeforeMb = Math.max(rssBeforeMb, rssMb())
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
    rss_before_mb: rssBeforeMb,
  }
  console.log(`  ${label.padEnd(64)} median ${String(result.median_ms).padStart(9)} ms  p95 ${String(result.p95_ms).padStart(9)} ms`)
  return result
}
