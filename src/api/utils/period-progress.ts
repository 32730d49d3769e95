import BigNumber from "bignumber.js"
import { calendarOf, workingDays } from "../../lib/deviation"
import { asOfDayInMonth, dayKeyOf, lastDayOfMonth, monthKeyOf } from "../../lib/periods"
import { startOfDayInstant } from "../../lib/zoned-time"
import type { DealerNetworkOptions } from "../../modules/dealer-network/options"

/**
 * The month and day a progress request reads: the month defaults to the
 * current one and the day to today, both in the plugin's time zone; the day is
 * clamped into the month (a past month reads as of its last day).
 */
export function progressMonth(
  options: Pick<DealerNetworkOptions, "timeZone" | "weekendDays" | "holidays">,
  { period, as_of }: { period?: string; as_of?: string }
) {
  const now = new Date()
  const periodKey = period ?? monthKeyOf(now, options.timeZone)
  const asOf = asOfDayInMonth(periodKey, as_of ?? dayKeyOf(now, options.timeZone))
  const calendar = calendarOf(options)
  const days = workingDays(periodKey, asOf, calendar)
  // The share of the month's working days elapsed (0–1): plan × share is expected-to-date.
  const expectedShare = days.total ? new BigNumber(days.elapsed).div(days.total).toString() : "1"
  return { periodKey, asOf, calendar, workingDays: days, expectedShare }
}

/** The instants a "YYYY-MM" month starts and ends (exclusive) in the time zone. */
export function monthInstants(periodKey: string, timeZone: string) {
  const next = new Date(Date.parse(`${lastDayOfMonth(periodKey)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  return { from: startOfDayInstant(`${periodKey}-01`, timeZone), to: startOfDayInstant(next, timeZone) }
}
