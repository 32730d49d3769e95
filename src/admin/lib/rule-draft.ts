import type { ComparisonOp, RewardBase, RewardKind, RewardMetric, RewardRuleDefinition } from "../../types/rewards"

// A reward rule as the rule builder edits it: every part the rules engine
// reads has a field, numbers are the text typed, and the paths are the API's
// ("definition.reward.tiers.1.from"), so a refusal lands at the field it names.

export type ConditionDraft = { metric: RewardMetric; focus_key: string; op: ComparisonOp; value: string }
export type TierDraft = { from: string; rate_percent: string }
export type RewardType = "fixed" | "rate" | "tiered"
export type TierMode = "retroactive" | "stepped"

export type DefinitionDraft = {
  conditions: { all: ConditionDraft[] }
  reward: {
    type: RewardType
    amount: string
    base: RewardBase
    focus_key: string
    rate_percent: string
    mode: TierMode
    /** BY_BASE when the tier is reached by the base itself. */
    measure: RewardMetric | typeof BY_BASE
    focus_measure_key: string
    tiers: TierDraft[]
  }
  cap: string
  kind: RewardKind
  points_per_unit: string
}

/** The measure of tiers reached by the base itself (a select's item cannot be ""). */
export const BY_BASE = "base"

export const FOCUS_METRICS: RewardMetric[] = ["focus_amount", "focus_quantity"]
export const needsFocus = (metric: string) => FOCUS_METRICS.includes(metric as RewardMetric)

export const newCondition = (): ConditionDraft => ({ metric: "sales_amount", focus_key: "", op: "gte", value: "" })

/** A new tier row, above the last one. */
export const newTier = (tiers: TierDraft[]): TierDraft => {
  const last = Number(tiers[tiers.length - 1]?.from)
  return { from: tiers.length && Number.isFinite(last) ? String(last + 10000) : "0", rate_percent: "" }
}

const text = (value: string | number | undefined | null) => (value === undefined || value === null ? "" : String(value))

/** The form's draft of a saved definition (or of a new one, without). */
export function draftOfDefinition(definition?: RewardRuleDefinition | null): DefinitionDraft {
  const reward = definition?.reward
  const banded = reward?.type === "tiered" ? reward : null
  const based = reward && reward.type !== "fixed" ? reward : null
  return {
    conditions: {
      all: (definition?.conditions?.all ?? []).map((c) => ({
        metric: c.metric,
        focus_key: text(c.focus_key),
        op: c.op,
        value: text(c.value),
      })),
    },
    reward: {
      type: reward?.type ?? "rate",
      amount: reward?.type === "fixed" ? text(reward.amount) : "",
      base: based?.base ?? "sales_amount",
      focus_key: text(based?.focus_key),
      rate_percent: reward?.type === "rate" ? text(reward.rate_percent) : "",
      mode: banded?.mode ?? "retroactive",
      measure: banded?.measure ?? BY_BASE,
      focus_measure_key: text(banded?.focus_measure_key),
      tiers: banded?.tiers.map((tier) => ({ from: text(tier.from), rate_percent: text(tier.rate_percent) })) ?? [
        { from: "0", rate_percent: "" },
      ],
    },
    cap: text(definition?.cap),
    kind: definition?.kind ?? "money",
    points_per_unit: text(definition?.points_per_unit),
  }
}

const focusOf = (metric: string, key: string) => (needsFocus(metric) ? { focus_key: key } : {})

/**
 * The definition the API takes: only the parts the reward type reads, optional
 * ones left out when empty. Numbers go as typed; the API checks them and names
 * the field it refuses.
 */
export function definitionOf(draft: DefinitionDraft): RewardRuleDefinition {
  const { reward } = draft
  const baseFocus = reward.base === "focus_amount" ? { focus_key: reward.focus_key } : {}
  const measure = reward.mode === "retroactive" && reward.measure !== BY_BASE ? reward.measure : null
  const rewardOut =
    reward.type === "fixed"
      ? { type: "fixed" as const, amount: reward.amount }
      : reward.type === "rate"
        ? { type: "rate" as const, base: reward.base, ...baseFocus, rate_percent: reward.rate_percent }
        : {
            type: "tiered" as const,
            base: reward.base,
            ...baseFocus,
            ...(measure ? { measure, ...(needsFocus(measure) ? { focus_measure_key: reward.focus_measure_key } : {}) } : {}),
            mode: reward.mode,
            tiers: reward.tiers.map((tier) => ({ from: tier.from, rate_percent: tier.rate_percent })),
          }
  return {
    ...(draft.conditions.all.length && {
      conditions: {
        all: draft.conditions.all.map((c) => ({ metric: c.metric, ...focusOf(c.metric, c.focus_key), op: c.op, value: c.value })),
      },
    }),
    reward: rewardOut,
    ...(draft.cap.trim() && { cap: draft.cap.trim() }),
    ...(draft.kind !== "money" && { kind: draft.kind }),
    ...(draft.kind === "marketing_points" && draft.points_per_unit.trim() && { points_per_unit: draft.points_per_unit.trim() }),
  }
}

/** The "product:<id>" / "category:<id>" keys a definition reads, for naming them. */
export function focusKeysOf(definition: RewardRuleDefinition | null | undefined): string[] {
  if (!definition?.reward) return []
  const { reward } = definition
  const keys = (definition.conditions?.all ?? []).map((c) => c.focus_key)
  if (reward.type !== "fixed") keys.push(reward.focus_key)
  if (reward.type === "tiered") keys.push(reward.focus_measure_key)
  return [...new Set(keys.filter((key): key is string => !!key))]
}

/** "category:pcat_1" as its parts; null for anything else. */
export function parseFocusKey(key: string | null | undefined): { type: "product" | "category"; id: string } | null {
  const match = /^(product|category):(\S+)$/.exec(key ?? "")
  return match ? { type: match[1] as "product" | "category", id: match[2] } : null
}
