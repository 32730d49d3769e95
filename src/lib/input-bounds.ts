// Bounds on what the plugin takes in (amounts, quoted input). Pure, no
// framework imports; amounts are checked in decimals, never floats.
import BigNumber from "bignumber.js"

/**
 * The largest amount taken: far above any dealer's figures, exact in a
 * PostgreSQL numeric and in a JS number, so a typo like 1e21 is refused.
 */
export const MAX_AMOUNT = "1000000000000"

/** Decimals an amount may have: cents, and sub-cent unit prices in B2B terms. */
export const MAX_AMOUNT_DECIMALS = 4

/** The longest id (or other reference) taken; the plugin's ids are about 30 characters. */
export const MAX_ID_LENGTH = 100

/** Characters of an input value an error message quotes. */
const ECHO_LENGTH = 40

export type AmountBounds = {
  /** Refuse 0 as well as negative amounts. */
  positive?: boolean
  /** Take negative values down to -max (e.g. a growth threshold). */
  signed?: boolean
  decimals?: number
  max?: BigNumber.Value
}

/** Why a value is not an amount within the bounds, or null when it is one. */
export function amountProblem(
  value: BigNumber.Value,
  { positive = false, signed = false, decimals = MAX_AMOUNT_DECIMALS, max = MAX_AMOUNT }: AmountBounds = {}
): string | null {
  const amount = new BigNumber(value)
  const limit = new BigNumber(max)
  if (!amount.isFinite()) return "must be a finite number"
  if (positive && amount.lte(0)) return "must be greater than 0"
  if (!signed && amount.isNegative()) return "must not be negative"
  if (amount.gt(limit)) return `must be at most ${limit.toFixed()}`
  if (amount.lt(limit.negated())) return `must be at least ${limit.negated().toFixed()}`
  if ((amount.decimalPlaces() ?? 0) > decimals) return `must have at most ${decimals} decimals`
  return null
}

const DECIMAL = /^-?\d+(\.\d+)?$/

/** Why a JSON number or decimal string ("1500.25") is not an amount within the bounds, or null. */
export function decimalInputProblem(value: number | string, bounds: AmountBounds = {}): string | null {
  if (typeof value === "string" && !DECIMAL.test(value)) return "must be a decimal number"
  return amountProblem(value, bounds)
}

/** An input value as an error message may quote it: its first 40 characters. */
export function echo(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value))
  return text.length > ECHO_LENGTH ? `${text.slice(0, ECHO_LENGTH)}…` : text
}
