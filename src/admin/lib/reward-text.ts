import type {
  ConditionResult,
  NextBandHint,
  RewardKind,
  RewardMetric,
  RewardRuleDefinition,
  RuleExplanation,
} from "../../types/rewards"
import { COMPARISON_SIGNS, METRIC_LABELS, humanize } from "./labels"
import { adminText } from "./locale"
import { countOf, formatMoney, formatNumber, formatPercent } from "./numbers"
import { needsFocus, parseFocusKey } from "./rule-draft"

const MONEY_METRICS: RewardMetric[] = ["sales_amount", "focus_amount", "sub_network_amount", "average_order_value"]
const PERCENT_METRICS: RewardMetric[] = ["attainment_percent", "growth_percent"]

/** A metric's label, with the focus key of a focus metric: "Focus sales (category:pcat_1)". */
export function metricLabel(metric: string, focusKey?: string | null): string {
  const label = metric in METRIC_LABELS ? adminText(`labels.metric.${metric}`) : humanize(metric)
  return focusKey ? `${label} (${focusKey})` : label
}

/** A metric's value in its unit: money, a percentage, orders or units; "n/a" without a value. */
export function formatMetric(metric: string, value: string | number | null | undefined, currency?: string | null): string {
  if (value === null || value === undefined || value === "") return adminText("common.notAvailable")
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
    return `${sign}${countOf(n, "point")}`
  }
  return formatMoney(amount, of.currency_code, options)
}

// Rules in words, in the admin user's language, naming products and categories.

/** The `t` of the "rules" texts (useTexts("rules")). */
export type Translate = (key: string, options?: Record<string, unknown>) => string

export type WordsContext = {
  t: Translate
  currency: string | null | undefined
  /** Product titles and category names by id (useFocusNames). */
  names: Map<string, string>
}

/** "category Garden", "product Spade"; the id until the name is known. */
export function focusText(key: string | null | undefined, { t, names }: WordsContext): string {
  const focus = parseFocusKey(key)
  if (!focus) return key ?? "?"
  return t(focus.type === "product" ? "focus.productNamed" : "focus.categoryNamed", { name: names.get(focus.id) ?? focus.id })
}

/** A metric in words: "Sales", "sales of category Garden". */
export function metricWords(metric: RewardMetric, focusKey: string | null | undefined, ctx: WordsContext): string {
  return needsFocus(metric) ? ctx.t(`metricOf.${metric}`, { focus: focusText(focusKey, ctx) }) : ctx.t(`metrics.${metric}`)
}

/** A value of a metric in its unit: "€1,000.00", "100%", "3". */
export function metricValueWords(metric: string, value: string | number | null | undefined, { currency }: WordsContext) {
  if (value === null || value === undefined || value === "") return "—"
  if (MONEY_METRICS.includes(metric as RewardMetric)) return formatMoney(value, currency)
  if (PERCENT_METRICS.includes(metric as RewardMetric)) return formatPercent(value)
  return formatNumber(value)
}

/** A reward in its kind's unit: money and event credit in the currency, points as a count. */
export function rewardWords(amount: string | number, kind: RewardKind | string, ctx: WordsContext, signed = false) {
  if (kind === "marketing_points") return ctx.t("points", { count: Number(amount) })
  return formatMoney(amount, ctx.currency, { signed })
}

/** "Orders ≥ 3", "sales of category Garden ≥ €500.00". */
export function conditionWords(condition: Pick<ConditionResult, "metric" | "focus_key" | "op" | "value">, ctx: WordsContext) {
  return `${metricWords(condition.metric, condition.focus_key, ctx)} ${COMPARISON_SIGNS[condition.op] ?? condition.op} ${metricValueWords(
    condition.metric,
    condition.value,
    ctx
  )}`
}

/**
 * A rule in a sentence: "Retroactive tiers on sales of category Garden: from
 * €0.00 — 1%, from €10,000.00 — 2%, if Orders ≥ 3; capped at €2,000.00".
 */
export function ruleWords(definition: RewardRuleDefinition | null | undefined, ctx: WordsContext): string {
  if (!definition?.reward) return "—"
  const { t } = ctx
  const { reward } = definition
  const kind = definition.kind ?? "money"
  const parts: string[] = []
  if (reward.type === "fixed") {
    parts.push(t("summary.fixed", { amount: formatMoney(reward.amount, ctx.currency) }))
  } else {
    const base = metricWords(reward.base, reward.focus_key, ctx)
    if (reward.type === "rate") {
      parts.push(t("summary.rate", { rate: formatPercent(reward.rate_percent), base }))
    } else {
      const measure =
        reward.mode === "retroactive" && reward.measure
          ? { metric: reward.measure, focus: reward.focus_measure_key ?? reward.focus_key }
          : { metric: reward.base, focus: reward.focus_key }
      const tiers = reward.tiers
        .map((tier) =>
          t("summary.tier", { from: metricValueWords(measure.metric, tier.from, ctx), rate: formatPercent(tier.rate_percent) })
        )
        .join(", ")
      const measureText = metricWords(measure.metric, measure.focus, ctx)
      const key = reward.mode === "stepped" ? "summary.stepped" : measure.metric === reward.base ? "summary.retroactive" : "summary.retroactiveOn"
      parts.push(t(key, { measure: measureText, base, tiers }))
    }
  }
  const conditions = definition.conditions?.all ?? []
  if (conditions.length) parts.push(t("summary.when", { conditions: conditions.map((c) => conditionWords(c, ctx)).join(t("summary.and")) }))
  let text = parts.join(", ")
  if (definition.cap != null) text += `; ${t("summary.cap", { cap: rewardWords(definition.cap, kind, ctx) })}`
  if (kind !== "money") text += `; ${t("summary.kind", { kind: t(`kinds.${kind}`).toLowerCase() })}`
  return text
}

/** The next tier in words: "Sell €4,200.00 more of category Garden to earn €310.00 more". */
export function nextTierWords(hint: NextBandHint, kind: RewardKind | string, ctx: WordsContext): string {
  const { t } = ctx
  const reward = rewardWords(hint.additional_reward, kind, ctx)
  const money = (value: string) => formatMoney(value, ctx.currency)
  if (hint.sales_shortfall !== undefined) return t("next.sales", { amount: money(hint.sales_shortfall), reward })
  switch (hint.measure) {
    case "sales_amount":
      return t("next.sales", { amount: money(hint.shortfall), reward })
    case "focus_amount":
      return t("next.focus_amount", { amount: money(hint.shortfall), focus: focusText(hint.focus_key, ctx), reward })
    case "focus_quantity":
      return t("next.focus_quantity", { count: Number(hint.shortfall), focus: focusText(hint.focus_key, ctx), reward })
    case "order_count":
      return t("next.order_count", { count: Number(hint.shortfall), reward })
    case "sub_network_amount":
    case "average_order_value":
      return t(`next.${hint.measure}`, { amount: money(hint.shortfall), reward })
    default:
      return t("next.points", { points: formatNumber(hint.shortfall), metric: t(`metrics.${hint.measure}`), reward })
  }
}

/** A condition's state: "Not met: Orders ≥ 5 (now 2)". */
export function conditionStateWords(condition: ConditionResult, ctx: WordsContext): string {
  return ctx.t(condition.met ? "sim.conditionMet" : "sim.conditionUnmet", {
    condition: conditionWords(condition, ctx),
    actual: metricValueWords(condition.metric, condition.actual, ctx),
  })
}

/** Why a rule pays what it pays: the tier reached or the rate, the bands, the cap. */
export function workingsWords(
  definition: RewardRuleDefinition,
  explanation: RuleExplanation,
  kind: RewardKind | string,
  ctx: WordsContext
): string[] {
  const { t } = ctx
  const { reward } = definition
  const money = (value: string | undefined) => formatMoney(value ?? "0", ctx.currency)
  const lines: string[] = []
  if (reward.type === "fixed") lines.push(t("sim.fixed", { amount: money(reward.amount) }))
  else if (reward.type === "rate") {
    lines.push(t("sim.rate", { rate: formatPercent(reward.rate_percent), base: money(explanation.base) }))
  } else if (reward.mode === "stepped") {
    const bands = (explanation.bands ?? []).filter((band) => Number(band.amount_in_band) > 0)
    lines.push(
      ...bands.map((band) => t("sim.band", { rate: formatPercent(band.rate_percent), amount: money(band.amount_in_band) }))
    )
  } else {
    const measure = reward.measure ?? reward.base
    const focus = reward.measure ? reward.focus_measure_key ?? reward.focus_key : reward.focus_key
    const measureText = metricWords(measure, focus, ctx)
    lines.push(
      explanation.tier
        ? t("sim.tierReached", {
            n: explanation.tier.index + 1,
            measure: measureText,
            from: metricValueWords(measure, explanation.tier.from, ctx),
            rate: formatPercent(explanation.tier.rate_percent),
            base: money(explanation.base),
          })
        : t("sim.noTier", { measure: measureText, value: metricValueWords(measure, explanation.measure, ctx) })
    )
  }
  if (explanation.capped) {
    lines.push(t("sim.capped", { cap: rewardWords(explanation.cap ?? "0", kind, ctx), uncapped: rewardWords(explanation.uncapped_amount, kind, ctx) }))
  }
  return lines
}

/** The unit a metric's values are typed in: the currency, "%", or none (counts). */
export function metricUnit(metric: string, currency: string | null | undefined): string {
  if (MONEY_METRICS.includes(metric as RewardMetric)) return (currency ?? "").toUpperCase()
  return PERCENT_METRICS.includes(metric as RewardMetric) ? "%" : ""
}
