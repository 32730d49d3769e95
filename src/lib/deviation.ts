// Plan deviation maths: where a dealer stands against its plan on a given day.
// Dates are calendar days ("YYYY-MM-DD") in the plugin's time zone; amounts are
// decimal strings computed with bignumber.js, never JS floats.
import BigNumber from "bignumber.js"
import { ratioPercent } from "./amounts"
import { daysOfMonth } from "./periods"

export type Calendar = {
  /** Days of the week that are not worked: 0 = Sunday … 6 = Saturday. */
  weekendDays: number[]
  /** Further days off ("YYYY-MM-DD"). */
  holidays?: string[]
}

export const DEFAULT_CALENDAR: Calendar = { weekendDays: [0, 6] }

/** The working calendar from the plugin options (weekendDays, holidays). */
export function calendarOf(options: { weekendDays?: number[]; holidays?: string[] }): Calendar {
  return {
    weekendDays: options.weekendDays ?? DEFAULT_CALENDAR.weekendDays,
    holidays: options.holidays ?? [],
  }
}

export type MonthDeviationInput = {
  /** "YYYY-MM" */
  periodKey: string
  /** The plan's target amount for the month. */
  target: string | number
  /** Sales to date (the sum of the ledger up to `asOf`). */
  actual: string | number
  /** The day the figures are for ("YYYY-MM-DD"); the whole day counts as elapsed. */
  asOf: string
  calendar?: Calendar
  /** Fraction digits of the money figures: the currency's precision (2 unless told). */
  moneyDecimals?: number
}

export type Deviation = {
  working_days_total: number
  working_days_elapsed: number
  /** Plan × share of working days elapsed. */
  expected_to_date: string
  actual_to_date: string
  /** actual − expected: negative when behind. */
  deviation: string
  /** deviation ÷ expected × 100, or null while nothing is expected yet. */
  deviation_percent: string | null
  /** actual ÷ target × 100, or null without a target. */
  attainment_percent: string | null
  /** Month-end figure at the run-rate so far (actual ÷ elapsed × total working days). */
  projected: string
  /** projected − target. */
  projected_gap: string
}

const DECIMALS = 2

export function isWorkingDay(day: string, calendar: Calendar = DEFAULT_CALENDAR): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return !calendar.weekendDays.includes(weekday) && !(calendar.holidays ?? []).includes(day)
}

// A progress page measures dozens of dealers against the same months of one calendar: each month's days are sorted once.
const workingDaysByCalendar = new WeakMap<Calendar, Map<string, string[]>>()

/** Working days of the month in total and up to and including `asOf`. */
export function workingDays(periodKey: string, asOf: string, calendar: Calendar = DEFAULT_CALENDAR) {
  const days = workingDaysOfMonth(periodKey, calendar)
  return { total: days.length, elapsed: days.filter((day) => day <= asOf).length }
}

function workingDaysOfMonth(periodKey: string, calendar: Calendar): string[] {
  let months = workingDaysByCalendar.get(calendar)
  if (!months) {
    months = new Map()
    workingDaysByCalendar.set(calendar, months)
  }
  let days = months.get(periodKey)
  if (!days) {
    days = daysOfMonth(periodKey).filter((day) => isWorkingDay(day, calendar))
    months.set(periodKey, days)
  }
  return days
}

/** Where a dealer stands against a monthly plan on a day, and where the run-rate takes it. */
export function monthDeviation(input: MonthDeviationInput): Deviation {
  return periodDeviation({
    months: [{ periodKey: input.periodKey, target: input.target }],
    actual: input.actual,
    asOf: input.asOf,
    calendar: input.calendar,
    moneyDecimals: input.moneyDecimals,
  })
}

/**
 * The same over several months (a quarter or a year): each month expects its
 * own plan × its share of working days elapsed, so a heavy month weighs as
 * planned, and the run-rate projects over the period's working days.
 */
export function periodDeviation(input: {
  months: { periodKey: string; target: string | number }[]
  actual: string | number
  asOf: string
  calendar?: Calendar
  moneyDecimals?: number
}): Deviation {
  const money = (value: BigNumber) => roundedMoney(value, input.moneyDecimals ?? DECIMALS)
  let total = 0
  let elapsed = 0
  let target = new BigNumber(0)
  let expected = new BigNumber(0)
  for (const month of input.months) {
    const days = workingDays(month.periodKey, input.asOf, input.calendar)
    const share = days.total ? new BigNumber(days.elapsed).div(days.total) : new BigNumber(1)
    total += days.total
    elapsed += days.elapsed
    target = target.plus(month.target)
    expected = expected.plus(new BigNumber(month.target).times(share))
  }
  const actual = new BigNumber(input.actual)
  const deviation = actual.minus(expected)
  const projected = elapsed ? actual.div(elapsed).times(total) : actual
  return {
    working_days_total: total,
    working_days_elapsed: elapsed,
    expected_to_date: money(expected),
    actual_to_date: money(actual),
    deviation: money(deviation),
    deviation_percent: expected.isZero() ? null : percent(deviation.div(expected)),
    attainment_percent: ratioPercent(input.actual, target.toString()),
    projected: money(projected),
    projected_gap: money(projected.minus(target)),
  }
}

/**
 * Splits an annual target into 12 monthly targets by weights that sum to 100.
 * Rounded to cents; the last month takes the rounding remainder so the months
 * add up to the annual target exactly.
 */
export function splitAnnualTarget(annual: string | number, weights: (string | number)[]): string[] {
  if (weights.length !== 12) throw new Error("weights: a seasonality profile has 12 monthly weights")
  const sum = weights.reduce<BigNumber>((acc, w) => acc.plus(w), new BigNumber(0))
  if (!sum.eq(100)) throw new Error(`weights: must sum to 100 (they sum to ${sum.toString()})`)
  const total = new BigNumber(annual)
  const months = weights.map((w) => total.times(w).div(100).decimalPlaces(DECIMALS, BigNumber.ROUND_HALF_UP))
  const remainder = total.minus(months.reduce((acc, m) => acc.plus(m), new BigNumber(0)))
  months[11] = months[11].plus(remainder)
  return months.map((m) => m.toFixed(DECIMALS))
}

/** amount ÷ count to the currency's minor unit, or null for no count (e.g. average order value). */
export function averageAmount(amount: string | number, count: number, decimals = DECIMALS): string | null {
  return count ? roundedMoney(new BigNumber(amount).div(count), decimals) : null
}

function roundedMoney(value: BigNumber, decimals: number): string {
  return value.decimalPlaces(decimals, BigNumber.ROUND_HALF_UP).toFixed(decimals)
}

function percent(ratio: BigNumber): string {
  return ratio.times(100).decimalPlaces(DECIMALS, BigNumber.ROUND_HALF_UP).toFixed(DECIMALS)
}
