// Instants of calendar days in an IANA time zone. Pure, no framework imports.

/** The instant a calendar day ("YYYY-MM-DD") starts in the time zone. */
export function startOfDayInstant(day: string, timeZone: string): Date {
  const wallClock = Date.parse(`${day}T00:00:00Z`)
  // Two passes settle days whose midnight sits next to a daylight-saving switch.
  let instant = wallClock - offsetMs(wallClock, timeZone)
  instant = wallClock - offsetMs(instant, timeZone)
  return new Date(instant)
}

/** The last millisecond of a calendar day in the time zone. */
export function endOfDayInstant(day: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  return new Date(startOfDayInstant(next, timeZone).getTime() - 1)
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"))
  return asUtc - Math.floor(instant / 1000) * 1000
}
