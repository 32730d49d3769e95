/**
 * Figures as people read them in notification texts: the currency's symbol,
 * digit grouping and the notice locale's conventions. The exact figures stay
 * in a notification's data; these are for reading only.
 */
export function formatMoney(amount: string | number, currencyCode: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() })
  // Intl takes decimal strings exactly (no float rounding); the types only know numbers.
  return format.format(amount as unknown as number)
}

/** "12.5" → "12.5%" (en) / "12,5 %" (ru); at most one decimal. */
export function formatPercent(percent: string | number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(Number(percent) / 100)
}

/** A day "YYYY-MM-DD" or an instant, as "Dec 3, 2026" (en) / "3 дек. 2026 г." (ru). */
export function formatDay(day: string | Date, locale: string): string {
  const instant = typeof day === "string" && day.length === 10 ? new Date(`${day}T12:00:00Z`) : new Date(day)
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(instant)
}

/** "2026-11" → "November 2026" (en) / "ноябрь 2026 г." (ru). */
export function formatMonth(monthKey: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${monthKey}-15T12:00:00Z`)
  )
}

export type PayoutPaidNotice = {
  dealer: { code: string; name: string }
  amount: string
  currency_code: string
  paid_at: Date | string
  reference: string | null
}

export function payoutPaidText(notice: PayoutPaidNotice, locale: string): string {
  const reference = notice.reference ? `; bank reference ${notice.reference}` : ""
  return `Reward payout of ${formatMoney(notice.amount, notice.currency_code, locale)} to ${notice.dealer.name} (${notice.dealer.code}) was paid on ${formatDay(notice.paid_at, locale)}${reference}.`
}

type DealerName = { code: string; name: string }
type Figures = Record<string, any>

const dealerLabel = (dealer: DealerName) => `${dealer.name} (${dealer.code})`

/** The text of a deviation alert's notification; null for a kind it does not know (the stored message is used). */
export function deviationAlertText(kind: string, dealer: DealerName, figures: Figures, locale: string): string | null {
  const money = (value: string | number) => formatMoney(value, figures.currency_code, locale)
  if (kind === "behind_plan") {
    const percent = figures.deviation_percent != null ? ` (${formatPercent(figures.deviation_percent, locale)})` : ""
    return `${dealerLabel(dealer)} is ${money(figures.shortfall)} behind its plan for ${formatMonth(figures.date.slice(0, 7), locale)} on ${formatDay(figures.date, locale)}${percent}: ${money(figures.actual_to_date)} sold, ${money(figures.expected_to_date)} expected by now of ${money(figures.target_amount)}.`
  }
  if (kind === "projection_miss") {
    return `${dealerLabel(dealer)} is heading for ${money(figures.projected)} in ${formatMonth(figures.date.slice(0, 7), locale)} at its current run-rate, ${money(figures.projected_shortfall)} short of its plan of ${money(figures.target_amount)}.`
  }
  if (kind === "volume_commitment") {
    const parts = [
      figures.monthly &&
        `${money(figures.monthly.actual)} in ${formatMonth(figures.monthly.period, locale)}, ${money(figures.monthly.shortfall)} short of the monthly minimum of ${money(figures.monthly.commitment)}`,
      figures.annual &&
        `${money(figures.annual.actual)} in the last 12 months, ${money(figures.annual.shortfall)} short of the annual minimum of ${money(figures.annual.commitment)}`,
    ].filter(Boolean)
    return `${dealerLabel(dealer)} misses the volume commitment of agreement ${figures.agreement_number}: ${parts.join("; ")}.`
  }
  return null
}

/** The text of a tier change's notification, from the review's figures. */
export function tierChangeText(reason: string, dealer: DealerName, figures: Figures, locale: string): string {
  const money = (value: string | number) => formatMoney(value, figures.currency_code, locale)
  const turnoverOver = (months: number) => {
    const window = (figures.turnover ?? []).find((entry: Figures) => entry.window_months === months)
    return `${money(window?.amount ?? 0)} over the last ${months === 1 ? "month" : `${months} months`}`
  }
  const to = figures.to_tier
  const from = figures.from_tier
  if (reason === "promotion" && to) {
    return `${dealerLabel(dealer)} is promoted to ${to.name}: turnover of ${turnoverOver(to.window_months)} reached its threshold of ${money(to.min_turnover)}.`
  }
  const missed = from
    ? `turnover of ${turnoverOver(from.window_months)} is below ${from.name}'s threshold of ${money(from.min_turnover)}`
    : "no tier was held"
  return `${dealerLabel(dealer)} ${to ? `moves to ${to.name}` : "holds no tier any more"}: ${missed}.`
}
