import type { ConditionResult, NextBandHint, RewardKind, RewardMetric, RewardRuleDefinition } from "../../types/rewards"
import { COMPARISON_SIGNS, METRIC_LABELS, REWARD_KIND_LABELS, humanize } from "./labels"
import { countOf, formatMoney, formatNumber, formatPercent } from "./numbers"

const MONEY_METRICS: RewardMetric[] = ["sales_amount", "focus_amount", "sub_network_amount", "average_order_value"]
const PERCENT_METRICS: RewardMetric[] = ["attainment_percent", "growth_percent"]

/** A metric's label, with the focus key of a focus metric: "Focus sales (category:pcat_1)". */
export function metricLabel(metric: string, focusKey?: string | null): string {
  const label = METRIC_LABELS[metric as RewardMetric] ?? humanize(metric)
  return focusKey ? `${label} (${focusKey})` : label
}

/** A metric's value in its unit: money, a percentage, orders or units; "n/a" without a value. */
export function formatMetric(metric: string, value: string | number | null | undefined, currency?: string | null): string {
  if (value === null || value === undefined || value === "") return "n/a"
  if (MONEY_METRICS.includes(metric as RewardMetric)) return formatMoney(value, currency)
  if (PERCENT_METRICS.includes(metric as RewardMetric)) return formatPercent(value)
  if (metric === "order_count") return countOf(value, "order")
  if (metric === "focus_quantity") return countOf(value, "unit")
  return formatNumber(value)
}

/** A reward in its kind's unit: money and event credit in the currency, points as a count. */
export function formatReward(
  amount: string | number | null | undefined,
  of: { kind: RewardKind | string; currency_code?: string | null },
  options: { signed?: boolean } = {}
): string {
  if (of.kind === "marketing_points") {
    const n = Number(amount ?? 0)
    const sign = options.signed && n > 0 ? "+" : ""
    return `${sign}${formatNumber(n)} ${Math.abs(n) === 1 ? "point" : "points"}`
  }
  return formatMoney(amount, of.currency_code, options)
}

/** A condition as "Sales ≥ €1,000.00". */
export function conditionText(condition: Pick<ConditionResult, "metric" | "focus_key" | "op" | "value">, currency?: string | null) {
  return `${metricLabel(condition.metric, condition.focus_key)} ${COMPARISON_SIGNS[condition.op] ?? condition.op} ${formatMetric(
    condition.metric,
    condition.value,
    currency
  )}`
}

/** What closes a gap on a measure: "Sell €700.00 more", "Place 3 more orders". */
function gapText(measure: string, shortfall: string, salesShortfall: string | undefined, currency?: string | null) {
  if (salesShortfall !== undefined) return `Sell ${formatMoney(salesShortfall, currency)} more`
  if (measure === "sub_network_amount") return `The sub-network sells ${formatMoney(shortfall, currency)} more`
  if (measure === "average_order_value") return `Raise the average order by ${formatMoney(shortfall, currency)}`
  if (MONEY_METRICS.includes(measure as RewardMetric)) return `Sell ${formatMoney(shortfall, currency)} more`
  if (measure === "order_count") return `Place ${countOf(shortfall, "more order")}`
  if (measure === "focus_quantity") return `Sell ${countOf(shortfall, "more unit")}`
  if (PERCENT_METRICS.includes(measure as RewardMetric)) return `Gain ${formatNumber(shortfall)} more percentage points`
  return `${formatNumber(shortfall)} more`
}

/** The next-tier hint: "Sell €700.00 more to reach the tier from €1,000.00: +€14.00". */
export function nextTierText(hint: NextBandHint, currency: string | null | undefined, kind: RewardKind | string) {
  return `${gapText(hint.measure, hint.shortfall, hint.sales_shortfall, currency)} to reach the tier from ${formatMetric(
    hint.measure,
    hint.next_tier_from,
    currency
  )}: ${formatReward(hint.additional_reward, { kind, currency_code: currency }, { signed: true })}`
}

/** An unmet condition: "Orders: 2 orders, needs ≥ 5 orders (Place 3 more orders)". */
export function unmetConditionText(
  condition: ConditionResult & { shortfall?: string | null; sales_shortfall?: string },
  currency?: string | null
) {
  const needs = `${metricLabel(condition.metric, condition.focus_key)}: ${formatMetric(
    condition.metric,
    condition.actual,
    currency
  )}, needs ${COMPARISON_SIGNS[condition.op] ?? condition.op} ${formatMetric(condition.metric, condition.value, currency)}`
  const lowerBound = condition.op === "gte" || condition.op === "gt"
  if (!lowerBound || condition.shortfall == null) return needs
  return `${needs} (${gapText(condition.metric, condition.shortfall, condition.sales_shortfall, currency)})`
}

/** A rule in a line: "Retroactive tiers on Sales: €0.00 → 1%, €10,000.00 → 2%, if Orders ≥ 3 orders; capped at €2,000.00". */
export function ruleSummary(definition: RewardRuleDefinition | null | undefined, currency?: string | null): string {
  if (!definition?.reward) return "-"
  const { reward } = definition
  const kind = definition.kind ?? "money"
  let text: string
  if (reward.type === "fixed") {
    text = `Fixed ${formatReward(reward.amount, { kind: kind === "marketing_points" ? "money" : kind, currency_code: currency })}`
  } else if (reward.type === "rate") {
    text = `${formatPercent(reward.rate_percent)} of ${metricLabel(reward.base, reward.focus_key).toLowerCase()}`
  } else if (reward.type === "tiered") {
    const measure = reward.mode === "stepped" ? reward.base : reward.measure ?? reward.base
    text = `${reward.mode === "stepped" ? "Stepped" : "Retroactive"} tiers on ${metricLabel(measure).toLowerCase()}: ${(
      reward.tiers ?? []
    )
      .map((tier) => `${formatMetric(measure, tier.from, currency)} → ${formatPercent(tier.rate_percent)}`)
      .join(", ")}`
  } else {
    text = humanize((reward as { type?: string }).type)
  }
  const conditions = definition.conditions?.all ?? []
  if (conditions.length) text += `, if ${conditions.map((c) => conditionText(c, currency)).join(" and ")}`
  if (definition.cap != null) text += `; capped at ${formatReward(definition.cap, { kind, currency_code: currency })}`
  if (kind !== "money") text += ` (${REWARD_KIND_LABELS[kind] ?? kind})`
  return text
}
