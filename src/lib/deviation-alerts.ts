// When a dealer's standing against its monthly plan deserves an alert.
// Pure rules: decimal strings in, decisions out; no framework imports.
import BigNumber from "bignumber.js"

export type AlertThresholds = {
  /** The shortfall must exceed this percent of the reference (expected-to-date, or the plan for a projection). */
  percent: string | number
  /** When set, the shortfall must also exceed this amount. */
  amount?: string | number | null
}

/** A dealer's month on a day, as the deviation query reads it. */
export type PlanStanding = {
  target_amount: string
  /** Plan × share of working days elapsed. */
  expected_amount: string
  actual_amount: string
  /** Month-end figure at the run-rate so far. */
  projected_amount: string
  working_days_elapsed: number
}

export type AlertDecision = {
  behind_plan: boolean
  projection_miss: boolean
  /** expected − actual, never below 0. */
  shortfall: string
  /** target − projected, never below 0. */
  projected_shortfall: string
}

/**
 * - behind_plan: the shortfall against expected-to-date is more than `percent`
 *   of expected-to-date (and more than `amount` when given). Nothing is
 *   expected before the first working day, so nobody is behind then.
 * - projection_miss: the run-rate projection falls short of the plan by more
 *   than `percent` of the plan (and more than `amount`). Without an elapsed
 *   working day there is no run-rate, so no projection to miss.
 */
export function decideDeviationAlerts(standing: PlanStanding, thresholds: AlertThresholds): AlertDecision {
  const expected = new BigNumber(standing.expected_amount)
  const target = new BigNumber(standing.target_amount)
  const shortfall = BigNumber.max(expected.minus(standing.actual_amount), 0)
  const projectedShortfall = BigNumber.max(target.minus(standing.projected_amount), 0)
  return {
    behind_plan: expected.gt(0) && exceeds(shortfall, expected, thresholds),
    projection_miss:
      standing.working_days_elapsed > 0 && target.gt(0) && exceeds(projectedShortfall, target, thresholds),
    shortfall: money(shortfall),
    projected_shortfall: money(projectedShortfall),
  }
}

function exceeds(shortfall: BigNumber, reference: BigNumber, thresholds: AlertThresholds): boolean {
  if (!shortfall.gt(reference.times(thresholds.percent).div(100))) return false
  return thresholds.amount == null || shortfall.gt(thresholds.amount)
}

/** How far short of a volume commitment a dealer's turnover is, or null when it is met. */
export function commitmentShortfall(
  commitment: string | number | null | undefined,
  actual: string | number
): { commitment: string; actual: string; shortfall: string } | null {
  if (commitment == null) return null
  const shortfall = new BigNumber(commitment).minus(actual)
  if (!shortfall.gt(0)) return null
  return { commitment: money(new BigNumber(commitment)), actual: money(new BigNumber(actual)), shortfall: money(shortfall) }
}

/** How many units short of a monthly quantity commitment, or null when there is none or it is met. */
export function unitShortfall(
  commitment: number | null | undefined,
  actual: string | number
): { commitment: string; actual: string; shortfall: string } | null {
  if (commitment == null) return null
  const shortfall = new BigNumber(commitment).minus(actual)
  if (!shortfall.gt(0)) return null
  return { commitment: new BigNumber(commitment).toFixed(), actual: new BigNumber(actual).toFixed(), shortfall: shortfall.toFixed() }
}

export function money(value: BigNumber.Value): string {
  return new BigNumber(value).decimalPlaces(2, BigNumber.ROUND_HALF_UP).toFixed(2)
}
