// Dealer reward rules: what one dealer earns for one period (month, quarter or
// year) from its sales facts, why, and how far the next reward band is. Pure rules, no
// framework imports; amounts are decimal strings computed with bignumber.js,
// never JS floats.
import BigNumber from "bignumber.js"
import type { ComparisonOp, RewardBase, RewardKind, RewardMetric } from "../types/rewards"

/** One dealer's figures for one period. */
export type RewardFacts = {
  dealerId: string
  currency: string
  salesAmount: string
  orderCount: number
  /** The plan's target for the period, or null without a plan. */
  planTarget: string | null
  /** Sales in the same period a year earlier, or null when unknown. */
  lastYearSalesAmount: string | null
  /** Sales of the dealer's descendants (sub-dealers), without the dealer's own. */
  subNetworkSalesAmount: string
  /** Sales per focus key ("category:pcat_1", "product:prod_1"). */
  focus: Record<string, { amount: string; quantity: string }>
}

export type RewardCondition = { metric: RewardMetric; focus_key?: string; op: ComparisonOp; value: string }

export type RewardBandThreshold = { from: string; rate_percent: string }

export type FixedReward = { type: "fixed"; amount: string }

export type RateReward = { type: "rate"; base: RewardBase; focus_key?: string; rate_percent: string }

export type BandedReward = {
  type: "tiered"
  base: RewardBase
  focus_key?: string
  /**
   * What selects the reward band; the base itself when unset. Only a retroactive
   * reward uses it: stepped bands always lie on the base.
   */
  measure?: RewardMetric
  /** The focus key of a focus measure; the reward's `focus_key` when unset. */
  focus_measure_key?: string
  mode: "retroactive" | "stepped"
  /** The reward bands (JSON key `tiers`), ascending by `from`, a threshold on the measure. */
  tiers: RewardBandThreshold[]
}

export type RewardRuleDefinition = {
  /** Every one must be met (AND). */
  conditions?: { all: RewardCondition[] }
  reward: FixedReward | RateReward | BandedReward
  /** The most the rule pays for a period, in the kind's unit. */
  cap?: string
  /** money when unset. */
  kind?: RewardKind
  /** marketing_points per unit of money earned, 1 when unset; the points are rounded down. */
  points_per_unit?: string
}

export type ConditionResult = RewardCondition & { actual: string | null; met: boolean }

export type RewardBand = {
  from: string
  /** The next band's `from`, or null for the top band. */
  to: string | null
  amount_in_band: string
  rate_percent: string
  reward: string
}

export type RuleExplanation = {
  /** Every metric the rule reads, by label ("sales_amount", "focus_amount:category:pcat_1"). */
  metrics: Record<string, string | null>
  conditions: ConditionResult[]
  base?: string
  measure?: string
  /** The highest reward band reached (JSON key `tier`): by the measure (retroactive) or the base (stepped). */
  tier?: { index: number; from: string; rate_percent: string }
  /** Stepped rewards: every band's share of the base. */
  bands?: RewardBand[]
  rate_percent?: string
  /** The reward before the cap, worked out even when a condition is unmet (what was at stake). */
  uncapped_amount: string
  cap?: string
  capped: boolean
  points_per_unit?: string
  /** marketing_points: the money amount the points were converted from. */
  money_amount?: string
}

export type RuleEvaluation = {
  /** Every condition met and something above zero to pay. */
  earned: boolean
  /** In the kind's unit, after the cap; "0" when not earned. */
  amount: string
  kind: RewardKind
  explanation: RuleExplanation
}

export type ConditionShortfall = ConditionResult & {
  /**
   * How far the actual is from the threshold (for gt/lt the threshold itself
   * is not yet enough), or null without an actual.
   */
  shortfall: string | null
  /** A lower bound on attainment or growth: the sales still needed, rounded up. */
  sales_shortfall?: string
}

/** How far the next reward band is (the API keeps the key names `next_tier…`). */
export type NextBandHint = {
  measure: RewardMetric
  focus_key?: string
  current: string
  next_tier_from: string
  /** The next band's rate: a retroactive band pays it on the whole base, a stepped one on the base above `next_tier_from`. */
  next_rate_percent: string
  /** In the measure's unit (percent points for a percentage). */
  shortfall: string
  /** An attainment or growth measure: the sales that close the shortfall, rounded up. */
  sales_shortfall?: string
  current_amount: string
  amount_at_next_tier: string
  additional_reward: string
}

export type RewardHint = { next_tier: NextBandHint | null; unmet_conditions: ConditionShortfall[] }

type MetricRef = { metric: RewardMetric; focus_key?: string }

type Payout = { money: BigNumber } & Pick<RuleExplanation, "base" | "measure" | "tier" | "bands" | "rate_percent">

const DEFAULT_PRECISION = 2
/** Decimal places of a ratio metric (percentages, average order value). */
const RATIO_DECIMALS = 10
const FOCUS_METRICS: RewardMetric[] = ["focus_amount", "focus_quantity"]

const COMPARE: Record<ComparisonOp, (actual: BigNumber, value: BigNumber) => boolean> = {
  gte: (actual, value) => actual.gte(value),
  gt: (actual, value) => actual.gt(value),
  lte: (actual, value) => actual.lte(value),
  lt: (actual, value) => actual.lt(value),
  eq: (actual, value) => actual.eq(value),
}

/**
 * A metric of the facts as a decimal string, or null when it has no value:
 * attainment without a plan (or a 0 target), growth without last year's sales
 * (or 0). Average order value is "0" without orders; a focus key with no sales is "0".
 */
export function metricValue(facts: RewardFacts, metric: RewardMetric, focusKey?: string): string | null {
  return parsedMetric(facts, metric, focusKey).text
}

/** One rule against one dealer's facts for a period, with the workings. */
export function evaluateRule(
  facts: RewardFacts,
  rule: RewardRuleDefinition,
  precision: number = DEFAULT_PRECISION
): RuleEvaluation {
  const kind = rule.kind ?? "money"
  const conditions = checkConditions(facts, rule)
  const { money, ...workings } = payoutOf(facts, rule.reward, precision)
  const settled = settle(rule, money, precision)
  const earned = conditions.every((condition) => condition.met) && settled.amount.gt(0)
  return {
    earned,
    amount: earned ? inUnit(settled.amount, kind, precision) : "0",
    kind,
    explanation: {
      metrics: metricsRead(facts, rule),
      conditions,
      ...workings,
      uncapped_amount: inUnit(settled.uncapped, kind, precision),
      cap: rule.cap,
      capped: settled.capped,
      points_per_unit: settled.points_per_unit,
      money_amount: settled.points_per_unit === undefined ? undefined : settled.money.toFixed(precision),
    },
  }
}

/** Every rule against the same facts, in order. */
export function evaluateRules(
  facts: RewardFacts,
  rules: Array<{ id: string } & RewardRuleDefinition>,
  precision: number = DEFAULT_PRECISION
): Array<{ rule_id: string } & RuleEvaluation> {
  return rules.map((rule) => ({ rule_id: rule.id, ...evaluateRule(facts, rule, precision) }))
}

/**
 * How much more of what the dealer needs to sell: the next band of a banded
 * reward and what it would add, and the conditions not met yet. Reaching the
 * next band grows the base by the shortfall when the measure is the base, and
 * by the sales shortfall when the measure is attainment or growth and the base
 * is sales_amount; otherwise the base stays. The amounts are the reward after
 * the cap, leaving the conditions aside. Null when there is nothing to reach.
 */
export function nextBandHint(
  facts: RewardFacts,
  rule: RewardRuleDefinition,
  precision: number = DEFAULT_PRECISION
): RewardHint | null {
  const unmet = checkConditions(facts, rule)
    .filter((condition) => !condition.met)
    .map((condition) => conditionShortfall(facts, condition, precision))
  const nextBand = rule.reward.type === "tiered" ? nextBandOf(facts, rule, rule.reward, precision) : null
  return nextBand || unmet.length ? { next_tier: nextBand, unmet_conditions: unmet } : null
}

/**
 * What a period close writes: earned to date − already accrued, negative for
 * a clawback. `precision` 2 for money, 0 for points.
 */
export function nettedAccrual(
  earnedToDate: string,
  alreadyAccrued: string,
  precision: number = DEFAULT_PRECISION
): string {
  return new BigNumber(earnedToDate).minus(alreadyAccrued).toFixed(precision, BigNumber.ROUND_HALF_UP)
}

/**
 * Parsed metrics (and their text) per facts object: a close evaluates every rule
 * of every program against the same facts, and parsing and printing the same
 * decimals again for each rule and its explanation was most of its time.
 */
const parsedMetrics = new WeakMap<RewardFacts, Map<string, { value: BigNumber | null; text: string | null }>>()

function parsedMetric(facts: RewardFacts, metric: RewardMetric, focusKey?: string) {
  let parsed = parsedMetrics.get(facts)
  if (!parsed) parsedMetrics.set(facts, (parsed = new Map()))
  const key = focusKey === undefined ? metric : `${metric}:${focusKey}`
  let entry = parsed.get(key)
  if (!entry) {
    const value = parseMetric(facts, metric, focusKey)
    parsed.set(key, (entry = { value, text: value?.toFixed() ?? null }))
  }
  return entry
}

function metricNumber(facts: RewardFacts, metric: RewardMetric, focusKey?: string): BigNumber | null {
  return parsedMetric(facts, metric, focusKey).value
}

function parseMetric(facts: RewardFacts, metric: RewardMetric, focusKey?: string): BigNumber | null {
  switch (metric) {
    case "sales_amount":
      return new BigNumber(facts.salesAmount)
    case "focus_amount":
      return new BigNumber(focusOf(facts, metric, focusKey).amount)
    case "sub_network_amount":
      return new BigNumber(facts.subNetworkSalesAmount)
    case "focus_quantity":
      return new BigNumber(focusOf(facts, metric, focusKey).quantity)
    case "order_count":
      return new BigNumber(facts.orderCount)
    case "average_order_value":
      return facts.orderCount ? ratio(metricNumber(facts, "sales_amount")!, facts.orderCount) : new BigNumber(0)
    case "attainment_percent":
      return percentOf(metricNumber(facts, "sales_amount")!, facts.planTarget)
    case "growth_percent":
      return facts.lastYearSalesAmount === null
        ? null
        : percentOf(metricNumber(facts, "sales_amount")!.minus(facts.lastYearSalesAmount), facts.lastYearSalesAmount)
  }
}

function baseAmount(facts: RewardFacts, base: RewardBase, focusKey?: string): BigNumber {
  return metricNumber(facts, base, focusKey)!
}

function focusOf(facts: RewardFacts, metric: RewardMetric, focusKey?: string) {
  if (!focusKey) throw new Error(`${metric}: a focus_key is required`)
  return facts.focus[focusKey] ?? { amount: "0", quantity: "0" }
}

/** part ÷ whole × 100, or null without a whole. */
function percentOf(part: BigNumber, whole: string | null): BigNumber | null {
  return whole === null || new BigNumber(whole).isZero() ? null : ratio(part.times(100), whole)
}

function ratio(numerator: BigNumber, denominator: string | number): BigNumber {
  return numerator.div(denominator).decimalPlaces(RATIO_DECIMALS, BigNumber.ROUND_HALF_UP)
}

function checkConditions(facts: RewardFacts, rule: RewardRuleDefinition): ConditionResult[] {
  return (rule.conditions?.all ?? []).map((condition) => {
    const { value: actual, text } = parsedMetric(facts, condition.metric, condition.focus_key)
    return {
      ...condition,
      actual: text,
      met: actual !== null && COMPARE[condition.op](actual, new BigNumber(condition.value)),
    }
  })
}

/** The reward in money, before rounding, with the workings that explain it. */
function payoutOf(facts: RewardFacts, reward: RewardRuleDefinition["reward"], precision: number): Payout {
  switch (reward.type) {
    case "fixed":
      return { money: new BigNumber(reward.amount) }
    case "rate": {
      const base = baseAmount(facts, reward.base, reward.focus_key)
      return { base: base.toFixed(), rate_percent: reward.rate_percent, money: share(base, reward.rate_percent) }
    }
    case "tiered": {
      const measure = measureOf(reward)
      return bandedPayout(
        reward,
        baseAmount(facts, reward.base, reward.focus_key),
        metricNumber(facts, measure.metric, measure.focus_key),
        precision
      )
    }
  }
}

/**
 * Retroactive: the highest band the measure reaches pays its rate on the whole
 * base. Stepped: each band's rate pays on the part of the base inside its band
 * [from, next from), each band rounded so the bands add up to the total.
 */
function bandedPayout(reward: BandedReward, base: BigNumber, measure: BigNumber | null, precision: number): Payout {
  if (reward.mode === "stepped") {
    const bands = steppedBands(reward.tiers, base, precision)
    return {
      base: base.toFixed(),
      measure: base.toFixed(),
      tier: reachedBand(reward.tiers, base),
      bands,
      money: bands.reduce((sum, band) => sum.plus(band.reward), new BigNumber(0)),
    }
  }
  const band = measure === null ? undefined : reachedBand(reward.tiers, measure)
  return {
    base: base.toFixed(),
    measure: measure?.toFixed(),
    tier: band,
    rate_percent: band?.rate_percent,
    money: band ? share(base, band.rate_percent) : new BigNumber(0),
  }
}

function steppedBands(thresholds: RewardBandThreshold[], base: BigNumber, precision: number): RewardBand[] {
  return thresholds.map((band, index) => {
    const to = thresholds[index + 1]?.from ?? null
    const top = to === null ? base : BigNumber.min(base, to)
    const inBand = BigNumber.max(top.minus(band.from), 0)
    return {
      from: band.from,
      to,
      amount_in_band: inBand.toFixed(precision, BigNumber.ROUND_HALF_UP),
      rate_percent: band.rate_percent,
      reward: share(inBand, band.rate_percent).toFixed(precision, BigNumber.ROUND_HALF_UP),
    }
  })
}

/** The highest band whose `from` the value reaches (>=). */
function reachedBand(thresholds: RewardBandThreshold[], value: BigNumber): RuleExplanation["tier"] {
  const index = thresholds.reduce((found, band, i) => (value.gte(band.from) ? i : found), -1)
  return index < 0 ? undefined : { index, ...thresholds[index] }
}

/** The band measure: stepped bands lie on the base whatever `measure` says. */
function measureOf(reward: BandedReward): MetricRef {
  if (reward.mode === "stepped" || !reward.measure) return { metric: reward.base, focus_key: reward.focus_key }
  return { metric: reward.measure, focus_key: reward.focus_measure_key ?? reward.focus_key }
}

function share(amount: BigNumber, ratePercent: string): BigNumber {
  return amount.times(ratePercent).shiftedBy(-2)
}

/**
 * Money rounded (never below 0), converted to the kind's unit, then capped.
 * A negative base (returns beyond sales) earns nothing here; clawing back an
 * earlier accrual is nettedAccrual's job.
 */
function settle(rule: RewardRuleDefinition, rawMoney: BigNumber, precision: number) {
  const money = BigNumber.max(rawMoney, 0).decimalPlaces(precision, BigNumber.ROUND_HALF_UP)
  const pointsPerUnit = rule.kind === "marketing_points" ? rule.points_per_unit ?? "1" : undefined
  const uncapped =
    pointsPerUnit === undefined ? money : money.times(pointsPerUnit).integerValue(BigNumber.ROUND_DOWN)
  const amount = rule.cap === undefined ? uncapped : BigNumber.min(uncapped, rule.cap)
  return { money, points_per_unit: pointsPerUnit, uncapped, capped: amount.lt(uncapped), amount }
}

function inUnit(value: BigNumber, kind: RewardKind, precision: number): string {
  return kind === "marketing_points"
    ? value.integerValue(BigNumber.ROUND_DOWN).toFixed(0)
    : value.toFixed(precision, BigNumber.ROUND_HALF_UP)
}

/** "focus_amount:category:pcat_1" for a focus metric, the metric's name otherwise. */
function labelOf(ref: MetricRef): string {
  return FOCUS_METRICS.includes(ref.metric) ? `${ref.metric}:${ref.focus_key}` : ref.metric
}

function metricsRead(facts: RewardFacts, rule: RewardRuleDefinition): Record<string, string | null> {
  const refs: MetricRef[] = [...(rule.conditions?.all ?? [])]
  if (rule.reward.type !== "fixed") refs.push({ metric: rule.reward.base, focus_key: rule.reward.focus_key })
  if (rule.reward.type === "tiered") refs.push(measureOf(rule.reward))
  return Object.fromEntries(refs.map((ref) => [labelOf(ref), metricValue(facts, ref.metric, ref.focus_key)]))
}

/**
 * The sales still needed to lift attainment or growth to `percent`, to the
 * unit of `precision` rounded up; null for other metrics or without a reference.
 */
function salesShortfall(
  facts: RewardFacts,
  metric: RewardMetric,
  percent: string,
  precision: number
): BigNumber | null {
  const reference =
    metric === "attainment_percent" ? facts.planTarget : metric === "growth_percent" ? facts.lastYearSalesAmount : null
  if (reference === null || new BigNumber(reference).isZero()) return null
  // attainment p: sales = target × p / 100; growth p: sales = last year × (100 + p) / 100
  const level = new BigNumber(percent).plus(metric === "growth_percent" ? 100 : 0).times(reference).div(100)
  return level.minus(facts.salesAmount).decimalPlaces(precision, BigNumber.ROUND_CEIL)
}

function conditionShortfall(facts: RewardFacts, condition: ConditionResult, precision: number): ConditionShortfall {
  const lowerBound = condition.op === "gte" || condition.op === "gt"
  const sales = lowerBound ? salesShortfall(facts, condition.metric, condition.value, precision) : null
  return {
    ...condition,
    shortfall:
      condition.actual === null ? null : new BigNumber(condition.value).minus(condition.actual).abs().toFixed(),
    ...(sales === null ? {} : { sales_shortfall: sales.toFixed(precision) }),
  }
}

function nextBandOf(
  facts: RewardFacts,
  rule: RewardRuleDefinition,
  reward: BandedReward,
  precision: number
): NextBandHint | null {
  const measure = measureOf(reward)
  const current = metricNumber(facts, measure.metric, measure.focus_key)
  const next = current === null ? undefined : reward.tiers.find((band) => current.lt(band.from))
  if (current === null || next === undefined) return null
  const shortfall = new BigNumber(next.from).minus(current)
  const sales = salesShortfall(facts, measure.metric, next.from, precision)
  const base = baseAmount(facts, reward.base, reward.focus_key)
  const growth =
    labelOf(measure) === labelOf({ metric: reward.base, focus_key: reward.focus_key })
      ? shortfall
      : sales !== null && reward.base === "sales_amount"
        ? sales
        : new BigNumber(0)
  const kind = rule.kind ?? "money"
  const amountAt = (atBase: BigNumber, atMeasure: BigNumber) =>
    settle(rule, bandedPayout(reward, atBase, atMeasure, precision).money, precision).amount
  const amountNow = amountAt(base, current)
  const amountNext = amountAt(base.plus(growth), new BigNumber(next.from))
  return {
    measure: measure.metric,
    ...(FOCUS_METRICS.includes(measure.metric) ? { focus_key: measure.focus_key } : {}),
    current: current.toFixed(),
    next_tier_from: next.from,
    next_rate_percent: next.rate_percent,
    shortfall: shortfall.toFixed(),
    ...(sales === null ? {} : { sales_shortfall: sales.toFixed(precision) }),
    current_amount: inUnit(amountNow, kind, precision),
    amount_at_next_tier: inUnit(amountNext, kind, precision),
    additional_reward: inUnit(amountNext.minus(amountNow), kind, precision),
  }
}
