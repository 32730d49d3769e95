// Which partner level a dealer's trailing turnover earns. Pure rules, no framework imports.
import BigNumber from "bignumber.js"

export type TierRule = {
  id: string
  name: string
  rank: number
  /** Trailing turnover the tier needs, over `window_months` months ending with the reviewed one. */
  min_turnover: string | number
  window_months: number
}

/** Turnover per window length (in months) ending with the reviewed month. */
export type TurnoverByWindow = Record<number, string | number>

export type TierReviewOutcome =
  | { action: "keep"; tier: TierRule | null }
  | { action: "pinned"; tier: TierRule | null }
  | { action: "promote" | "demote"; from: TierRule | null; to: TierRule | null }

/**
 * The highest-rank tier whose threshold the turnover over its own window
 * reaches (>=), or null when none does. A window without sales counts 0.
 */
export function chooseTier(tiers: TierRule[], turnover: TurnoverByWindow): TierRule | null {
  const qualifying = tiers.filter((tier) =>
    new BigNumber(turnover[tier.window_months] ?? 0).gte(tier.min_turnover)
  )
  return qualifying.sort((a, b) => b.rank - a.rank)[0] ?? null
}

/**
 * What a review does to one dealer: a pinned dealer keeps its tier whatever
 * it sold; otherwise it moves to the tier its turnover earns (up or down by
 * rank; losing every tier is a demotion, gaining a first one a promotion).
 */
export function reviewTier(
  dealer: { tier_id: string | null; tier_pinned: boolean },
  tiers: TierRule[],
  turnover: TurnoverByWindow
): TierReviewOutcome {
  const current = tiers.find((tier) => tier.id === dealer.tier_id) ?? null
  if (dealer.tier_pinned) return { action: "pinned", tier: current }
  const earned = chooseTier(tiers, turnover)
  if ((earned?.id ?? null) === (dealer.tier_id ?? null)) return { action: "keep", tier: current }
  const fromRank = current?.rank ?? -Infinity
  const toRank = earned?.rank ?? -Infinity
  return { action: toRank > fromRank ? "promote" : "demote", from: current, to: earned }
}

/** A sentence for the history and the notification. */
export function describeTierChange(
  outcome: { action: "promote" | "demote"; from: TierRule | null; to: TierRule | null },
  turnover: TurnoverByWindow,
  currency: string
): string {
  const cur = currency.toUpperCase()
  const money = (value: string | number) => new BigNumber(value).toFixed(2)
  if (outcome.action === "promote" && outcome.to) {
    const to = outcome.to
    return `Promoted to ${to.name}: turnover over the last ${to.window_months} month(s) ${money(turnover[to.window_months] ?? 0)} ${cur} reached its threshold of ${money(to.min_turnover)} ${cur}`
  }
  const missed = outcome.from
  const missedText = missed
    ? `turnover over the last ${missed.window_months} month(s) ${money(turnover[missed.window_months] ?? 0)} ${cur} is below ${missed.name}'s threshold of ${money(missed.min_turnover)} ${cur}`
    : "no tier was held"
  return outcome.to ? `Demoted to ${outcome.to.name}: ${missedText}` : `No tier any more: ${missedText}`
}
