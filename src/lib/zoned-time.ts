// Instants of calendar days and periods in an IANA time zone (the keys
// themselves are in periods.ts). Pure, no framework imports.
import { daysOfPeriod, shiftDay } from "./periods"

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone })
    return true
  } catch {
    return false
  }
}

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
  return new Date(startOfDayInstant(shiftDay(day, 1), timeZone).getTime() - 1)
}

/** The first and the last millisecond of a month, quarter or year in the time zone. */
export function periodInstants(period: string, timeZone: string): { starts: Date; ends: Date } {
  const { first, last } = daysOfPeriod(period)
  return { starts: startOfDayInstant(first, timeZone), ends: endOfDayInstant(last, timeZone) }
}

/** The instants a "YYYY-MM" month (or any period) starts and ends (exclusive) in the time zone. */
export function monthInstants(periodKey: string, timeZone: string) {
  const { starts, ends } = periodInstants(periodKey, timeZone)
  return { from: starts, to: new Date(ends.getTime() + 1) }
}

/** Whether something valid from `valid_from` until `valid_to` (open when null) is valid at some moment of the period. */
export function isValidDuring(
  validity: { valid_from: Date | string; valid_to?: Date | string | null },
  period: string,
  timeZone: string
): boolean {
  const { starts, ends } = periodInstants(period, timeZone)
  return new Date(validity.valid_from) <= ends && (!validity.valid_to || new Date(validity.valid_to) >= starts)
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
