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

/**
 * The day a period's figures are read for: the given day clamped into the
 * month, so a past month reads as of its last day and a future one as of the
 * day before it starts.
 */
export function asOfDayInMonth(periodKey: string, day: string): string {
  if (day > lastDayOfMonth(periodKey)) return lastDayOfMonth(periodKey)
  if (day < `${periodKey}-01`) return `${periodKey}-00`
  return day
}
