// Typed helpers for developers who define reward programs in code (plugin
// option `rewardPrograms`, or a seed script): the same shape the admin API
// takes, checked by the same schema when the app starts.
import type { DealerRole } from "../types/dealer-network"
import type { ComparisonOp, ProgramPeriodType, ProgramStatus, RewardBase, RewardKind, RewardMetric } from "../types/rewards"
import type { BandedReward, RewardCondition, RewardRuleDefinition } from "./reward-rules"

export type RewardProgramDefinition = {
  code: string
  name: string
  description?: string
  period_type: ProgramPeriodType
  /** ISO date. */
  valid_from: string
  valid_to?: string | null
  status?: ProgramStatus
  currency_code: string
  eligibility?: { roles?: DealerRole[]; tier_ids?: string[]; territory_ids?: string[]; dealer_ids?: string[] }
  points_per_unit?: string
  hold_overdue?: boolean
  rules: { name: string; description?: string; is_active?: boolean; definition: RewardRuleDefinition }[]
}

/** Returns the program as given; the type checks it where it is written. */
export function defineRewardProgram(program: RewardProgramDefinition): RewardProgramDefinition {
  return program
}

/** A condition: `condition("attainment_percent", "gte", 100)`. */
export function condition(metric: RewardMetric, op: ComparisonOp, value: number | string, focusKey?: string): RewardCondition {
  return { metric, op, value: String(value), ...(focusKey && { focus_key: focusKey }) }
}

/** Reward bands (the rule JSON's `tiers`) from `[from, rate %]` pairs: `tiers("stepped", "sales_amount", [[0, 1], [10000, 2]])`. */
export function tiers(
  mode: BandedReward["mode"],
  base: RewardBase,
  rows: [from: number | string, ratePercent: number | string][],
  options: { focus_key?: string; measure?: RewardMetric } = {}
): BandedReward {
  return { type: "tiered", mode, base, tiers: rows.map(([from, rate]) => ({ from: String(from), rate_percent: String(rate) })), ...options }
}

/** A rule paying `reward` when every condition holds, optionally capped, in a kind. */
export function rule(
  reward: RewardRuleDefinition["reward"],
  options: { when?: RewardCondition[]; cap?: number | string; kind?: RewardKind; points_per_unit?: number | string } = {}
): RewardRuleDefinition {
  return {
    reward,
    ...(options.when?.length && { conditions: { all: options.when } }),
    ...(options.cap !== undefined && { cap: String(options.cap) }),
    ...(options.kind && { kind: options.kind }),
    ...(options.points_per_unit !== undefined && { points_per_unit: String(options.points_per_unit) }),
  }
}
