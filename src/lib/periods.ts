// Calendar keys and their arithmetic: days "YYYY-MM-DD", months "YYYY-MM",
// quarters "YYYY-Qn" and years "YYYY", and the key an instant falls in, in the
// plugin's time zone. The instants that bound them are in zoned-time.ts.
// Pure, no framework imports.

export const MONTHS_PER_YEAR = 12

const MONTH = "(0[1-9]|1[0-2])"

/** A month, "YYYY-MM". */
export const MONTH_KEY_PATTERN = new RegExp(`^\\d{4}-${MONTH}$`)
/** The shape of a day, "YYYY-MM-DD"; isDayKey also checks that the day exists. */
export const DAY_KEY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
/** A reporting period: a month "YYYY-MM", a quarter "YYYY-Qn" or a year "YYYY". */
export const PERIOD_PATTERN = new RegExp(`^\\d{4}(-${MONTH}|-Q[1-4])?$`)

export function isMonthKey(value: string): boolean {
  return MONTH_KEY_PATTERN.test(value)
}

/** "YYYY-MM-DD" naming a real calendar day ("2026-11-31" is not one). */
export function isDayKey(value: string): boolean {
  if (!DAY_KEY_PATTERN.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}

/** The month an instant falls in, in the given IANA time zone, as "YYYY-MM". */
export function monthKeyOf(instant: Date, timeZone: string): string {
  return dayKeyOf(instant, timeZone).slice(0, 7)
}

// One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with it.
const dayFormatByZone = new Map<string, Intl.DateTimeFormat>()

/** The calendar day an instant falls on, in the given IANA time zone, as "YYYY-MM-DD". */
export function dayKeyOf(instant: Date, timeZone: string): string {
  let format = dayFormatByZone.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    dayFormatByZone.set(timeZone, format)
  }
  return format.format(instant)
}

/** "YYYY-MM" shifted by whole months (negative: back). */
export function shiftMonth(month: string, by: number): string {
  const index = monthIndex(month) + by
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`
}

/** How many months from "YYYY-MM" to "YYYY-MM", both included. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from) + 1
}

/** The first month of a window of `months` months ending with `month`. */
export function windowStart(month: string, months: number): string {
  return shiftMonth(month, -(Math.max(1, months) - 1))
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}

/** "YYYY-MM-DD" shifted by whole days (negative: back). */
export function shiftDay(day: string, by: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10)
}

/** Every calendar day of a "YYYY-MM" month, as "YYYY-MM-DD". */
export function daysOfMonth(month: string): string[] {
  return Array.from({ length: dayCount(month) }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`)
}

/** The last calendar day of a "YYYY-MM" month. */
export function lastDayOfMonth(month: string): string {
  return `${month}-${String(dayCount(month)).padStart(2, "0")}`
}

function dayCount(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
}

/** The months ("YYYY-MM") a month, quarter or year covers. */
export function monthsOfPeriod(period: string): string[] {
  const year = period.slice(0, 4)
  const type = periodTypeOf(period)
  if (type === "month") return [period]
  const first = type === "year" ? `${year}-01` : shiftMonth(`${year}-01`, (Number(period.slice(6)) - 1) * 3)
  return Array.from({ length: type === "year" ? MONTHS_PER_YEAR : 3 }, (_, i) => shiftMonth(first, i))
}

/** The first and last calendar day of a month, quarter or year. */
export function daysOfPeriod(period: string): { first: string; last: string } {
  const months = monthsOfPeriod(period)
  return { first: `${months[0]}-01`, last: lastDayOfMonth(months[months.length - 1]) }
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

/**
 * The day a period's figures are read for: the given day clamped into the
 * period, so a past period reads as of its last day and a future one as of the
 * day before it starts (no working day of it has elapsed yet).
 */
export function asOfDayInPeriod(period: string, day: string): string {
  const { first, last } = daysOfPeriod(period)
  if (day > last) return last
  if (day < first) return shiftDay(first, -1)
  return day
}

/** For the month now running: the periods that ended with the previous month, and the ones before them. */
export function rewardPeriodsToClose(currentMonth: string): string[] {
  const ended = shiftMonth(currentMonth, -1)
  const periods = [shiftMonth(ended, -1), ended]
  if (periodOfMonth(ended, "quarter") !== periodOfMonth(currentMonth, "quarter")) {
    periods.push(periodOfMonth(shiftMonth(ended, -3), "quarter"), periodOfMonth(ended, "quarter"))
  }
  if (ended.slice(0, 4) !== currentMonth.slice(0, 4)) periods.push(String(Number(ended.slice(0, 4)) - 1), ended.slice(0, 4))
  return periods
}
