import { formatMoney, formatNumber, formatPercent } from "./numbers"
import type { ContestPrize, DealerContest } from "../../types/engagement"

/** The contests area's `t` (keys of `i18n/contests.ts`). */
type ContestTexts = (key: string, options?: Record<string, unknown>) => string

/** A contest's figure as its metric reads: money, units, orders or a percentage. */
export function formatContestFigure(contest: Pick<DealerContest, "metric" | "currency_code">, value: string | null | undefined) {
  if (value === null || value === undefined) return "-"
  if (contest.metric === "sales_amount" || contest.metric === "focus_amount") return formatMoney(value, contest.currency_code)
  if (contest.metric === "attainment_percent" || contest.metric === "growth_percent") return formatPercent(value)
  return formatNumber(value)
}

/** A prize in the contest's kind: money and event credit in its currency, points as a count. */
export function formatPrize(
  contest: Pick<DealerContest, "prize_kind" | "currency_code">,
  amount: string | number | null | undefined,
  t: ContestTexts
) {
  if (contest.prize_kind === "marketing_points") return t("prizePoints", { points: formatNumber(amount) })
  const money = formatMoney(amount, contest.currency_code)
  return contest.prize_kind === "event_credit" ? t("prizeEventCredit", { money }) : money
}

/** "1st place", "Top 3", "From 5,000" — who a prize row is for. */
export function prizeRowLabel(contest: Pick<DealerContest, "metric" | "currency_code">, prize: ContestPrize, t: ContestTexts): string {
  if (prize.basis === "rank") return t("rankPlace", { rank: prize.rank, ordinal: englishOrdinal(prize.rank) })
  if (prize.basis === "top") return t("topN", { count: prize.count })
  return t("everyoneFrom", { figure: formatContestFigure(contest, prize.threshold) })
}

function englishOrdinal(n: number): string {
  const rules = new Intl.PluralRules("en", { type: "ordinal" })
  const suffix = { one: "st", two: "nd", few: "rd", other: "th" } as Record<string, string>
  return `${n}${suffix[rules.select(n)] ?? "th"}`
}
