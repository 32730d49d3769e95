// Seasonality profiles: 12 monthly weights (percent) that split an annual target.
// Pure, no framework imports; sums use bignumber.js so 8.33 + … adds up exactly.
import BigNumber from "bignumber.js"
import { MONTHS_PER_YEAR } from "./periods"

/** Why a list of weights is not a seasonality profile, or null when it is one. */
export function seasonalityWeightsProblem(weights: (number | string)[]): string | null {
  if (weights.length !== MONTHS_PER_YEAR) {
    return `must be ${MONTHS_PER_YEAR} monthly weights, one per month (got ${weights.length})`
  }
  const values = weights.map((w) => new BigNumber(w))
  const bad = values.findIndex((w) => !w.isFinite() || w.isNegative())
  if (bad >= 0) return `the weight of month ${bad + 1} must be a number of at least 0`
  const sum = values.reduce((acc, w) => acc.plus(w), new BigNumber(0))
  if (!sum.eq(100)) return `must sum to exactly 100 (they sum to ${sum.toString()})`
  return null
}
