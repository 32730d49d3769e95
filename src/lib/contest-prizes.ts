// A sales contest's ranking, tie rule and prizes, and the calendar maths of its
// days. Pure, no framework imports; the figures come from
// src/queries/contest-standings.ts.
import BigNumber from "bignumber.js"
import { daysOfMonth, lastDayOfMonth, shiftDay } from "./periods"

export type ContestTieRule = "shared" | "earliest"

export type ContestPrizeRow =
  | { basis: "rank"; rank: number; amount: string }
  | { basis: "top"; count: number; amount: string }
  | { basis: "threshold"; threshold: string; amount: string }

/** A participant's figure: null when the metric has none for it (no plan, no sales a year earlier). */
export type ContestEntry = {
  dealer_id: string
  value: string | null
  /** When its running total reached the figure: the `earliest` tie rule's tiebreak. */
  reached_at: string | Date | null
}

export type AwardedEntry = ContestEntry & {
  /** 1-based; null when the figure is missing or not above 0 (not ranked, no prize). */
  rank: number | null
  /** 1-based indexes of the prize rows won. */
  prize_rows: number[]
  /** The sum of the rows won, at the prize kind's precision. */
  prize_amount: string
}

const isRanked = (entry: ContestEntry) => entry.value !== null && new BigNumber(entry.value).gt(0)
const time = (value: string | Date | null) => (value === null ? Number.POSITIVE_INFINITY : new Date(value).getTime())

/**
 * Ranks the participants with a positive figure, highest first (competition
 * ranking: equal places share a rank and the next rank skips, 1, 1, 3). Under
 * `earliest`, equal figures are told apart by who reached the figure first;
 * equal at the same instant they still share. Equal places keep the order
 * they came in (the read model's: by dealer code). The rest follow, unranked.
 */
export function rankEntries<T extends ContestEntry>(entries: T[], tieRule: ContestTieRule): (T & { rank: number | null })[] {
  const ranked = entries.filter(isRanked)
  const tiedKey = (entry: T) => (tieRule === "earliest" ? `${entry.value}|${time(entry.reached_at)}` : `${entry.value}`)
  const sorted = [...ranked].sort((a, b) => {
    const byValue = new BigNumber(b.value!).comparedTo(a.value!) ?? 0
    if (byValue !== 0) return byValue
    return tieRule === "earliest" ? time(a.reached_at) - time(b.reached_at) : 0
  })
  const result: (T & { rank: number | null })[] = []
  sorted.forEach((entry, i) => {
    const previous = result[i - 1]
    const shares = previous && new BigNumber(previous.value!).eq(entry.value!) && tiedKey(previous) === tiedKey(entry)
    result.push({ ...entry, rank: shares ? previous.rank : i + 1 })
  })
  const unranked = entries.filter((entry) => !isRanked(entry)).sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0))
  return [...result, ...unranked.map((entry) => ({ ...entry, rank: null }))]
}

/**
 * The prize rows a ranked participant wins: `rank` — its rank is the row's
 * (a shared rank: each tied participant wins it in full); `top` — its rank is
 * within the first `count` (ties at the edge are in); `threshold` — its figure
 * is at least the row's. Unranked participants win nothing.
 */
export function prizeRowsWon(entry: { rank: number | null; value: string | null }, prizes: ContestPrizeRow[]): number[] {
  if (entry.rank === null || entry.value === null) return []
  const rank = entry.rank
  return prizes.flatMap((prize, i) => {
    const won =
      prize.basis === "rank"
        ? rank === prize.rank
        : prize.basis === "top"
          ? rank <= prize.count
          : new BigNumber(entry.value!).gte(prize.threshold)
    return won ? [i + 1] : []
  })
}

/** Ranks the entries and gives each the prizes it wins, summed at `precision` decimals (2 for money, 0 for points). */
export function awardPrizes<T extends ContestEntry>(
  entries: T[],
  { tieRule, prizes, precision }: { tieRule: ContestTieRule; prizes: ContestPrizeRow[]; precision: number }
): (T & AwardedEntry)[] {
  return rankEntries(entries, tieRule).map((entry) => {
    const rows = prizeRowsWon(entry, prizes)
    const amount = rows.reduce((sum, row) => sum.plus(prizes[row - 1].amount), new BigNumber(0))
    return { ...entry, prize_rows: rows, prize_amount: amount.toFixed(precision, BigNumber.ROUND_DOWN) }
  })
}

/**
 * How far a participant is behind the rank above it: the figure of the lowest
 * better-ranked participant minus its own (0 when a tie was broken by time);
 * for an unranked one with a figure, the gap to the last ranked. Null for the
 * leaders and for a participant without a figure.
 */
export function gapToAbove(standings: { dealer_id: string; rank: number | null; value: string | null }[], dealerId: string): string | null {
  const mine = standings.find((entry) => entry.dealer_id === dealerId)
  if (!mine || mine.value === null || mine.rank === 1) return null
  const above = standings.filter((entry) => entry.rank !== null && (mine.rank === null || entry.rank < mine.rank))
  if (!above.length) return null
  const closest = above.reduce((low, entry) => (new BigNumber(entry.value!).lt(low.value!) ? entry : low))
  return new BigNumber(closest.value!).minus(mine.value).toFixed()
}

/**
 * The months a contest's days touch, each with how many of its days are in
 * the contest: the plan of a month counts by that share (attainment).
 */
export function contestMonthShares(startsOn: string, endsOn: string): { month: string; days: number; month_days: number }[] {
  const shares: { month: string; days: number; month_days: number }[] = []
  for (let month = startsOn.slice(0, 7); month <= endsOn.slice(0, 7); month = nextMonthOf(month)) {
    const all = daysOfMonth(month)
    const days = all.filter((day) => day >= startsOn && day <= endsOn).length
    shares.push({ month, days, month_days: all.length })
  }
  return shares
}

function nextMonthOf(month: string): string {
  return shiftDay(lastDayOfMonth(month), 1).slice(0, 7)
}

/** The same calendar day a year earlier (29 February → 28 February). */
export function sameDayLastYear(day: string): string {
  const candidate = `${String(Number(day.slice(0, 4)) - 1).padStart(4, "0")}${day.slice(4)}`
  return day.slice(5) === "02-29" ? `${candidate.slice(0, 4)}-02-28` : candidate
}

/** Why a contest's days or prizes do not fit together ("field: message"), or null. */
export function contestProblem(contest: {
  starts_on: string
  ends_on: string
  metric: string
  focus_key?: string | null
  prizes: ContestPrizeRow[]
}): string | null {
  if (contest.ends_on < contest.starts_on) return "ends_on: must be on or after starts_on"
  const focus = contest.metric === "focus_quantity" || contest.metric === "focus_amount"
  if (focus && !contest.focus_key) return "focus_key: a focus metric needs a product or category (product:<id> or category:<id>)"
  if (!focus && contest.focus_key) return "focus_key: only the focus metrics read a focus product or category"
  const ranks = contest.prizes.flatMap((prize) => (prize.basis === "rank" ? [prize.rank] : []))
  const repeated = ranks.find((rank, i) => ranks.indexOf(rank) !== i)
  if (repeated !== undefined) return `prizes: rank ${repeated} has two prize rows`
  return null
}
