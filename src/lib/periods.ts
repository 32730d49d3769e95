// Sales periods: a month is named "YYYY-MM" in the plugin's time zone.

/** The month an instant falls in, in the given IANA time zone, as "YYYY-MM". */
export function monthKeyOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
  }).formatToParts(instant)
  const year = parts.find((p) => p.type === "year")!.value
  const month = parts.find((p) => p.type === "month")!.value
  return `${year}-${month}`
}

/** The calendar day an instant falls on, in the given IANA time zone, as "YYYY-MM-DD". */
export function dayKeyOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant)
}

/** The last calendar day of a "YYYY-MM" month. */
export function lastDayOfMonth(periodKey: string): string {
  const [year, month] = periodKey.split("-").map(Number)
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${periodKey}-${String(day).padStart(2, "0")}`
}

/** The day a "YYYY-MM" month's figures are read for: see asOfDayInPeriod. */
export function asOfDayInMonth(periodKey: string, day: string): string {
  return asOfDayInPeriod(periodKey, day)
}

/** A month "YYYY-MM". */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** A day "YYYY-MM-DD" (see isCalendarDay for whether it exists). */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Whether a "YYYY-MM-DD" day exists in the calendar (no 2026-11-31). */
export function isCalendarDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
}

/** A reporting period: a month "YYYY-MM", a quarter "YYYY-Qn" or a year "YYYY". */
export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/

/** The months ("YYYY-MM") a month, quarter or year covers. */
export function monthsOfPeriod(period: string): string[] {
  const [year, part] = period.split("-")
  const month = (m: number) => `${year}-${String(m).padStart(2, "0")}`
  if (!part) return Array.from({ length: 12 }, (_, i) => month(i + 1))
  if (part.startsWith("Q")) {
    const first = (Number(part.slice(1)) - 1) * 3 + 1
    return [month(first), month(first + 1), month(first + 2)]
  }
  return [period]
}

/**
 * The day a period's figures are read for: the given day clamped into the
 * period, so a past period reads as of its last day and a future one as of the
 * day before it starts (no working day of it has elapsed yet).
 */
export function asOfDayInPeriod(period: string, day: string): string {
  const months = monthsOfPeriod(period)
  if (day > lastDayOfMonth(months[months.length - 1])) return lastDayOfMonth(months[months.length - 1])
  if (day < `${months[0]}-01`) return dayBefore(`${months[0]}-01`)
  return day
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
}

/** "2026-11" → month, "2026-Q4" → quarter, "2026" → year. */
export function periodTypeOf(period: string): "month" | "quarter" | "year" {
  if (period.includes("-Q")) return "quarter"
  return period.length === 4 ? "year" : "month"
}

/** The period of a type that holds a month: ("2026-11", quarter) → "2026-Q4". */
export function periodOfMonth(month: string, type: "month" | "quarter" | "year"): string {
  if (type === "month") return month
  if (type === "year") return month.slice(0, 4)
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`
}

/** For the month now running: the periods that ended with the previous month, and the ones before them. */
export function rewardPeriodsToClose(currentMonth: string): string[] {
  const shift = (month: string, by: number) => {
    const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1))
    return date.toISOString().slice(0, 7)
  }
  const ended = shift(currentMonth, -1)
  const periods = [shift(ended, -1), ended]
  if (periodOfMonth(ended, "quarter") !== periodOfMonth(currentMonth, "quarter")) {
    periods.push(periodOfMonth(shift(ended, -3), "quarter"), periodOfMonth(ended, "quarter"))
  }
  if (ended.slice(0, 4) !== currentMonth.slice(0, 4)) periods.push(String(Number(ended.slice(0, 4)) - 1), ended.slice(0, 4))
  return periods
}
