// Which partner level a dealer's trailing turnover earns. Pure rules, no framework imports.
import BigNumber from "bignumber.js"

export type PartnerLevelRule = {
  id: string
  name: string
  rank: number
  /** Trailing turnover the partner level needs, over `window_months` months ending with the reviewed one. */
  min_turnover: string | number
  window_months: number
}

/** Turnover per window length (in months) ending with the reviewed month. */
export type TurnoverByWindow = Record<number, string | number>

export type PartnerLevelReviewOutcome =
  | { action: "keep"; tier: PartnerLevelRule | null }
  | { action: "pinned"; tier: PartnerLevelRule | null }
  | { action: "promote" | "demote"; from: PartnerLevelRule | null; to: PartnerLevelRule | null }

/**
 * The highest-rank partner level whose threshold the turnover over its own window
 * reaches (>=), or null when none does. A window without sales counts 0.
 */
export function choosePartnerLevel(levels: PartnerLevelRule[], turnover: TurnoverByWindow): PartnerLevelRule | null {
  const qualifying = levels.filter((level) =>
    new BigNumber(turnover[level.window_months] ?? 0).gte(level.min_turnover)
  )
  return qualifying.sort((a, b) => b.rank - a.rank)[0] ?? null
}

/**
 * What a review does to one dealer: a pinned dealer keeps its partner level
 * whatever it sold; otherwise it moves to the level its turnover earns (up or
 * down by rank; losing every level is a demotion, gaining a first one a promotion).
 */
export function reviewPartnerLevel(
  dealer: { tier_id: string | null; tier_pinned: boolean },
  levels: PartnerLevelRule[],
  turnover: TurnoverByWindow
): PartnerLevelReviewOutcome {
  const current = levels.find((level) => level.id === dealer.tier_id) ?? null
  if (dealer.tier_pinned) return { action: "pinned", tier: current }
  const earned = choosePartnerLevel(levels, turnover)
  if ((earned?.id ?? null) === (dealer.tier_id ?? null)) return { action: "keep", tier: current }
  const fromRank = current?.rank ?? -Infinity
  const toRank = earned?.rank ?? -Infinity
  return { action: toRank > fromRank ? "promote" : "demote", from: current, to: earned }
}

/** A sentence for the history and the notification. */
export function describePartnerLevelChange(
  outcome: { action: "promote" | "demote"; from: PartnerLevelRule | null; to: PartnerLevelRule | null },
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

/**
 * The partner level just above `currentRank` (the lowest one when the dealer
 * has none), the turnover over that level's window and what it still lacks
 * (0 when the turnover already reaches it); null when there is no higher level.
 */
export function nextPartnerLevel<Level extends PartnerLevelRule>(
  levels: Level[],
  currentRank: number | null,
  turnover: TurnoverByWindow
): { level: Level; turnover: string; missing: string } | null {
  const above = levels.filter((level) => currentRank === null || level.rank > currentRank)
  const level = above.sort((a, b) => a.rank - b.rank)[0]
  if (!level) return null
  const sold = new BigNumber(turnover[level.window_months] ?? 0)
  return { level, turnover: sold.toFixed(), missing: BigNumber.max(0, new BigNumber(level.min_turnover).minus(sold)).toFixed() }
}
