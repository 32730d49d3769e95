// Figures of a benchmark's repeated runs: median and 95th percentile of the
// timings (nearest-rank, so a figure is always one that was measured), and
// the ratio of a figure to its baseline. Pure functions: no framework imports.

/** The value at percentile `p` (0–100) of `values` by nearest rank; null for no values. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]
}

/** The middle value (the lower of the two middle ones for an even count); null for no values. */
export const median = (values: number[]) => percentile(values, 50)

const hundredths = (value: number) => Math.round(value * 100) / 100

/** `value / baseline` to two decimals; null when either is missing or the baseline is 0. */
export function ratioOf(value: number | null, baseline: number | null): number | null {
  if (value === null || baseline === null || baseline === 0) return null
  return hundredths(value / baseline)
}

/**
 * The median of the ratios of paired runs (`values[i] / baselines[i]`, taken
 * one right after the other) to two decimals; null for no pairs. Load that
 * changes over a run falls on both runs of a pair, so it cancels out of each
 * ratio, where it does not out of a ratio of two medians.
 */
export function pairedRatio(values: number[], baselines: number[]): number | null {
  const ratios = values.slice(0, baselines.length).flatMap((value, i) => (baselines[i] ? [value / baselines[i]] : []))
  const middle = median(ratios)
  return middle === null ? null : hundredths(middle)
}
