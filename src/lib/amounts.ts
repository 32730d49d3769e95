import BigNumber from "bignumber.js"

/**
 * DML's generated input types say `number` for bigNumber columns, but the column
 * takes any BigNumberInput; a decimal string keeps every digit.
 */
export function exactAmount(value: number | string): number {
  return value as unknown as number
}

/** A bigNumber column's exact value as a string, from its raw_ twin when loaded. */
export function rawAmount(record: object, field: string): string {
  const raw = (record as Record<string, any>)[`raw_${field}`]
  if (raw && typeof raw === "object" && raw.value !== undefined) return String(raw.value)
  return String((record as Record<string, any>)[field])
}

// Building an Intl.NumberFormat costs ~0.1 ms; a page of figures asks for the same few currencies hundreds of times.
const precisionByCurrency = new Map<string, number>()

/** The number of minor-unit digits of a currency (EUR 2, JPY 0, KWD 3). */
export function currencyPrecision(currencyCode: string): number {
  // A record read without its currency (an id-only existence check) formats with two digits, as before the cache.
  const code = currencyCode?.toUpperCase() ?? ""
  let precision = precisionByCurrency.get(code)
  if (precision === undefined) {
    precision = intlPrecision(code)
    precisionByCurrency.set(code, precision)
  }
  return precision
}

function intlPrecision(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/**
 * Money as the API answers it: a decimal string with the currency's precision
 * ("90000" EUR → "90000.00"), rounded half-up; digits beyond it are not kept.
 */
export function moneyString(value: string | number | BigNumber, currencyCode: string): string {
  return new BigNumber(value).toFixed(currencyPrecision(currencyCode), BigNumber.ROUND_HALF_UP)
}

/**
 * actual ÷ target × 100, rounded half-up to 2 decimals; null when there is no
 * positive target (a zero or negative plan has no attainment).
 */
export function ratioPercent(actual: string | number, target: string | number): string | null {
  const goal = new BigNumber(target)
  if (!goal.isFinite() || goal.lte(0)) return null
  return new BigNumber(actual).div(goal).times(100).toFixed(2, BigNumber.ROUND_HALF_UP)
}
