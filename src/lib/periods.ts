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
