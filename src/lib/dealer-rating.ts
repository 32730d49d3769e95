import BigNumber from "bignumber.js"
import { dayKeyOf, daysOfPeriod, monthKeyOf, periodOfMonth, shiftMonth } from "./periods"
import {
  RATING_COMPONENTS,
  type RatingComponent,
  type RatingComponentScore,
  type RatingWeights,
  type RatingWeightSource,
} from "../types/engagement"

// The best-dealer rating's maths: each component's raw figure scaled to 0–100,
// weighted into a score, the dealers ordered by the tie rule. The raw figures
// come from one SQL read model (src/queries/dealer-rating.ts). Pure, no
// framework imports.

/**
 * How a component's raw figure becomes 0–100:
 * - `best`: against the best dealer of the network, 100 × figure ÷ best figure
 *   (a figure ≤ 0 scores 0; when no dealer has a figure above 0 all score 0);
 * - `overdue_days`: payment discipline, inverted on a fixed scale: 100 with
 *   nothing overdue, minus 100 ÷ zeroAt per day overdue, 0 from zeroAt days.
 * A missing figure (no plan, no sales last year, no orders, …) scores 0.
 */
export type ComponentScale = { kind: "best" } | { kind: "overdue_days"; zeroAt: number }

/** Days overdue at which payment discipline scores 0 (each day costs 2 of 100). */
export const OVERDUE_DAYS_AT_ZERO = 50

export const RATING_COMPONENT_RULES: Record<RatingComponent, ComponentScale> = {
  plan_attainment: { kind: "best" },
  sales_growth: { kind: "best" },
  focus_share: { kind: "best" },
  average_order_value: { kind: "best" },
  payment_discipline: { kind: "overdue_days", zeroAt: OVERDUE_DAYS_AT_ZERO },
  events_attended: { kind: "best" },
  contest_results: { kind: "best" },
}

/** The plugin's weights when neither the admin setting nor the option `ratingWeights` names one. */
export const DEFAULT_RATING_WEIGHTS: RatingWeights = {
  plan_attainment: 25,
  sales_growth: 15,
  focus_share: 10,
  average_order_value: 10,
  payment_discipline: 20,
  events_attended: 10,
  contest_results: 10,
}

/** The largest weight a component may have. */
export const MAX_RATING_WEIGHT = 1000

/** Why a set of weights cannot be used (naming the component), or null. */
export function ratingWeightsProblem(weights: Partial<Record<string, unknown>>): string | null {
  for (const [key, value] of Object.entries(weights)) {
    if (!(RATING_COMPONENTS as readonly string[]).includes(key)) return `${key}: not a rating component (${RATING_COMPONENTS.join(", ")})`
    if (typeof value !== "number" || !Number.isFinite(value)) return `${key}: must be a number`
    if (value < 0) return `${key}: must not be negative`
    if (value > MAX_RATING_WEIGHT) return `${key}: must be at most ${MAX_RATING_WEIGHT}`
  }
  return null
}

/**
 * The weights in force, per component: the admin setting, else the plugin
 * option, else the default. Refuses a result whose weights are all 0.
 */
export function resolveRatingWeights(
  setting: Partial<RatingWeights> | null | undefined,
  option: Partial<RatingWeights> | null | undefined
): { weights: RatingWeights; sources: Record<RatingComponent, RatingWeightSource>; fallback: RatingWeights } {
  const weights = {} as RatingWeights
  const fallback = {} as RatingWeights
  const sources = {} as Record<RatingComponent, RatingWeightSource>
  for (const component of RATING_COMPONENTS) {
    fallback[component] = option?.[component] ?? DEFAULT_RATING_WEIGHTS[component]
    const fromSetting = setting?.[component]
    weights[component] = fromSetting ?? fallback[component]
    sources[component] = fromSetting != null ? "setting" : option?.[component] != null ? "option" : "default"
  }
  return { weights, sources, fallback }
}

/** True when at least one weight is above 0. */
export function hasPositiveWeight(weights: Partial<Record<string, number>>): boolean {
  return Object.values(weights).some((weight) => (weight ?? 0) > 0)
}

/** A dealer's raw figures for one period, as the read model answers them. */
export type RatingFacts = {
  dealerId: string
  /** Its dealer code, the last key of the tie rule. */
  code: string
  /** When its first order ever was placed (ISO), or null: the tie rule's second key. */
  firstOrderAt: string | null
  raw: Record<RatingComponent, string | null>
  detail: Record<RatingComponent, Record<string, string | number | null>>
}

export type ScoredComponent = RatingComponentScore

export type ScoredDealer = {
  dealerId: string
  code: string
  firstOrderAt: string | null
  score: string
  components: ScoredComponent[]
  /** Position in the whole network (1 = best), the tie rule applied. */
  networkRank: number
}

const round2 = (value: BigNumber) => value.decimalPlaces(2, BigNumber.ROUND_HALF_UP)

/** The best figure of each "best"-scaled component among the dealers (null: nobody has one). */
export function bestFigures(facts: RatingFacts[]): Record<RatingComponent, BigNumber | null> {
  const best = {} as Record<RatingComponent, BigNumber | null>
  for (const component of RATING_COMPONENTS) {
    best[component] = facts.reduce<BigNumber | null>((max, dealer) => {
      const raw = dealer.raw[component]
      if (raw == null) return max
      const value = new BigNumber(raw)
      return max === null || value.gt(max) ? value : max
    }, null)
  }
  return best
}

/** A raw figure on the component's 0–100 scale, two decimals. */
export function normaliseFigure(raw: string | null, scale: ComponentScale, best: BigNumber | null): BigNumber {
  if (raw == null) return new BigNumber(0)
  const value = new BigNumber(raw)
  if (scale.kind === "overdue_days") {
    const left = new BigNumber(100).minus(value.times(100).div(scale.zeroAt))
    return round2(BigNumber.max(0, BigNumber.min(100, left)))
  }
  if (best === null || best.lte(0) || value.lte(0)) return new BigNumber(0)
  return round2(value.times(100).div(best))
}

/**
 * Scores every dealer: each component's normalised value (against the best of
 * `facts`, the whole network), its points = weight ÷ sum of weights ×
 * normalised (two decimals), and the score = the sum of the points. Answers
 * the dealers in rank order (compareRated), each with its network rank.
 */
export function rateDealers(facts: RatingFacts[], weights: RatingWeights): ScoredDealer[] {
  const total = RATING_COMPONENTS.reduce((sum, component) => sum.plus(weights[component] ?? 0), new BigNumber(0))
  if (total.lte(0)) throw new Error("The rating's weights are all 0")
  const best = bestFigures(facts)
  const scored = facts.map((dealer) => {
    const components = RATING_COMPONENTS.map((component): ScoredComponent => {
      const normalised = normaliseFigure(dealer.raw[component], RATING_COMPONENT_RULES[component], best[component])
      const weight = weights[component] ?? 0
      return {
        component,
        raw: dealer.raw[component],
        normalised: normalised.toFixed(2),
        weight,
        points: round2(normalised.times(weight).div(total)).toFixed(2),
        detail: dealer.detail[component] ?? {},
      }
    })
    const score = components.reduce((sum, component) => sum.plus(component.points), new BigNumber(0))
    return { dealerId: dealer.dealerId, code: dealer.code, firstOrderAt: dealer.firstOrderAt, score: score.toFixed(2), components, networkRank: 0 }
  })
  scored.sort(compareRated)
  scored.forEach((dealer, index) => (dealer.networkRank = index + 1))
  return scored
}

/**
 * The tie rule: the higher score first; on equal scores the higher plan
 * attainment (none: last), then the earlier first order (none: last), then
 * the dealer code alphabetically.
 */
export function compareRated(
  a: Pick<ScoredDealer, "score" | "components" | "firstOrderAt" | "code">,
  b: Pick<ScoredDealer, "score" | "components" | "firstOrderAt" | "code">
): number {
  const byScore = new BigNumber(b.score).comparedTo(a.score)
  if (byScore) return byScore
  const attainment = (dealer: typeof a) => dealer.components.find((c) => c.component === "plan_attainment")?.raw ?? null
  const byAttainment = compareNullsLast(attainment(a), attainment(b), (x, y) => new BigNumber(y).comparedTo(x) ?? 0)
  if (byAttainment) return byAttainment
  const byFirstOrder = compareNullsLast(a.firstOrderAt, b.firstOrderAt, (x, y) => Date.parse(x) - Date.parse(y))
  if (byFirstOrder) return byFirstOrder
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

function compareNullsLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null && b === null) return 0
  if (a === null) return 1
  if (b === null) return -1
  return Math.sign(compare(a, b))
}

/** The rating period shown when none is asked for: the month that ended last. */
export function defaultRatingPeriod(timeZone: string, now = new Date()): string {
  return shiftMonth(monthKeyOf(now, timeZone), -1)
}

/** Whether a month or quarter has ended (its last day is before today in the time zone). */
export function ratingPeriodEnded(period: string, timeZone: string, now = new Date()): boolean {
  return daysOfPeriod(period).last < dayKeyOf(now, timeZone)
}

/** The month, and the quarter when the month ends one, that a month's end closes. */
export function ratingPeriodsEndingWith(month: string): string[] {
  const quarter = periodOfMonth(month, "quarter")
  return periodOfMonth(shiftMonth(month, 1), "quarter") !== quarter ? [month, quarter] : [month]
}

/** A rating period: a month "YYYY-MM" or a quarter "YYYY-Qn". */
export const RATING_PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/
