import { formatMoney, formatNumber, formatPercent } from "./numbers"
import { REWARD_KIND_LABELS } from "./labels"
import type { ContestPrize, DealerContest } from "../../types/engagement"

/** A contest's figure as its metric reads: money, units, orders or a percentage. */
export function formatContestFigure(contest: Pick<DealerContest, "metric" | "currency_code">, value: string | null | undefined) {
  if (value === null || value === undefined) return "-"
  if (contest.metric === "sales_amount" || contest.metric === "focus_amount") return formatMoney(value, contest.currency_code)
  if (contest.metric === "attainment_percent" || contest.metric === "growth_percent") return formatPercent(value)
  return formatNumber(value)
}

/** A prize in the contest's kind: money and event credit in its currency, points as a count. */
export function formatPrize(contest: Pick<DealerContest, "prize_kind" | "currency_code">, amount: string | number | null | undefined) {
  if (contest.prize_kind === "marketing_points") return `${formatNumber(amount)} points`
  const money = formatMoney(amount, contest.currency_code)
  return contest.prize_kind === "event_credit" ? `${money} event credit` : money
}

/** "1st place", "Top 3", "From 5,000" — who a prize row is for. */
export function prizeRowLabel(contest: Pick<DealerContest, "metric" | "currency_code">, prize: ContestPrize): string {
  if (prize.basis === "rank") return `${ordinal(prize.rank)} place`
  if (prize.basis === "top") return `Top ${prize.count}`
  return `Everyone from ${formatContestFigure(contest, prize.threshold)}`
}

export const prizeKindLabel = (kind: DealerContest["prize_kind"]) => REWARD_KIND_LABELS[kind]

function ordinal(n: number): string {
  const rules = new Intl.PluralRules("en", { type: "ordinal" })
  const suffix = { one: "st", two: "nd", few: "rd", other: "th" } as Record<string, string>
  return `${n}${suffix[rules.select(n)] ?? "th"}`
}
