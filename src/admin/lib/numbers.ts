import { common } from "../i18n/common"
import { adminLocale, adminText } from "./locale"

const moneyFormats = new Map<string, Intl.NumberFormat>()

function moneyFormat(currency: string | null | undefined, signed: boolean): Intl.NumberFormat | null {
  const code = (currency || "").toUpperCase()
  const locale = adminLocale()
  const key = `${locale}:${code}:${signed}`
  if (!moneyFormats.has(key)) {
    try {
      moneyFormats.set(
        key,
        new Intl.NumberFormat(locale, {
          ...(code ? { style: "currency", currency: code } : { minimumFractionDigits: 2 }),
          maximumFractionDigits: 2,
          ...(signed ? { signDisplay: "exceptZero" } : {}),
        })
      )
    } catch {
      return null
    }
  }
  return moneyFormats.get(key) ?? null
}

/**
 * A money amount from the API (a decimal string in major units) for display,
 * e.g. "€20,000.00". Display only: arithmetic on amounts stays on the server.
 */
export function formatMoney(
  amount: string | number | null | undefined,
  currency?: string | null,
  options: { signed?: boolean } = {}
): string {
  if (amount === null || amount === undefined || amount === "") return "-"
  const value = Number(amount)
  if (!Number.isFinite(value)) return String(amount)
  const format = moneyFormat(currency, Boolean(options.signed))
  return format ? format.format(value) : `${value.toFixed(2)} ${(currency || "").toUpperCase()}`.trim()
}

/** A percentage from the API ("42.50") as "42.5%" (en) or "42,5 %" (ru), optionally signed ("−12.3%"). */
export function formatPercent(
  value: string | number | null | undefined,
  options: { signed?: boolean } = {}
): string {
  if (value === null || value === undefined || value === "") return "-"
  const number = Number(value)
  if (!Number.isFinite(number)) return String(value)
  return new Intl.NumberFormat(adminLocale(), {
    style: "percent",
    maximumFractionDigits: 1,
    ...(options.signed ? { signDisplay: "exceptZero" } : {}),
  }).format(number / 100)
}

/** The things `countOf` counts: keys of `common.count` without their plural ending. */
export type CountNoun = keyof typeof common.en.count extends `${infer Noun}_${"one" | "other"}` ? Noun : never

/** "1 order", "3 orders"; "3 заказа", "5 заказов" in Russian. */
export function countOf(count: number | string | null | undefined, noun: CountNoun): string {
  const n = Number(count ?? 0)
  return adminText(`common.count.${noun}`, { count: n, formatted: formatNumber(n) })
}

export function formatNumber(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "-"
  const number = Number(value)
  return Number.isFinite(number) ? new Intl.NumberFormat(adminLocale()).format(number) : String(value)
}

/** Text colour of a signed figure: red below zero, green above. */
export function signClass(value: string | number | null | undefined): string {
  const number = Number(value)
  if (value === null || value === undefined || !Number.isFinite(number) || number === 0) return "text-ui-fg-base"
  return number < 0 ? "text-ui-fg-error" : "text-ui-tag-green-text"
}

/**
 * What is left of a credit limit after the balance, never below zero (as the
 * checkout counts it). Display only: both figures come from the API.
 */
export function creditLeft(
  limit: string | number | null | undefined,
  outstanding: string | number | null | undefined
): { available: string; over: string | null } | null {
  if (limit === null || limit === undefined || limit === "") return null
  // Ten-thousandths: exact for every currency's minor unit, free of float noise.
  const scale = 10_000
  const diff = Math.round(Number(limit) * scale) - Math.round(Number(outstanding ?? 0) * scale)
  if (!Number.isFinite(diff)) return null
  return diff >= 0 ? { available: String(diff / scale), over: null } : { available: "0", over: String(-diff / scale) }
}

/**
 * The sum of decimal amounts from the API, for display (a prompt's total):
 * added in ten-thousandths, exact for every currency's minor unit.
 */
export function sumAmounts(amounts: (string | number | null | undefined)[]): string {
  const scale = 10_000
  const total = amounts.reduce<number>((sum, amount) => sum + Math.round(Number(amount ?? 0) * scale), 0)
  return String(total / scale)
}

/** A rating score or points ("46.41") with two decimals in the user's locale. */
export function formatScore(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "-"
  const number = Number(value)
  return Number.isFinite(number)
    ? new Intl.NumberFormat(adminLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(number)
    : String(value)
}
