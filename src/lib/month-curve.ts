import BigNumber from "bignumber.js"
import { Calendar, workingDays } from "./deviation"
import { daysOfMonth } from "./periods"

export type MonthCurvePoint = {
  day: string
  /** Sales credited from the 1st to the end of this day; null for days after `asOf`. */
  actual_to_date: string | null
  /** The plan expected by the end of this day: plan × working days elapsed ÷ working days of the month. */
  expected_to_date: string
}

/**
 * A month day by day: the cumulative actual against the plan's expected line.
 * `dailyActual` holds each day's sales (days outside the month count on its
 * first or last day); money is rounded to `decimals` once, at each point.
 */
export function monthCurve(input: {
  periodKey: string
  target: string
  dailyActual: Record<string, string>
  asOf: string
  calendar?: Calendar
  decimals?: number
}): MonthCurvePoint[] {
  const decimals = input.decimals ?? 2
  const days = daysOfMonth(input.periodKey)
  const first = days[0]
  const last = days[days.length - 1]
  const byDay = new Map<string, BigNumber>()
  for (const [day, amount] of Object.entries(input.dailyActual)) {
    const inMonth = day < first ? first : day > last ? last : day
    byDay.set(inMonth, (byDay.get(inMonth) ?? new BigNumber(0)).plus(amount))
  }
  let cumulative = new BigNumber(0)
  return days.map((day) => {
    cumulative = cumulative.plus(byDay.get(day) ?? 0)
    const { total, elapsed } = workingDays(input.periodKey, day, input.calendar)
    const expected = total ? new BigNumber(input.target).times(elapsed).div(total) : new BigNumber(input.target)
    return {
      day,
      actual_to_date: day <= input.asOf ? cumulative.toFixed(decimals, BigNumber.ROUND_HALF_UP) : null,
      expected_to_date: expected.toFixed(decimals, BigNumber.ROUND_HALF_UP),
    }
  })
}
