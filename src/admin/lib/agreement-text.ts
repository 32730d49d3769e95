import type { ComparedTerm } from "../../lib/agreement-changes"

/** An area's `t` from useTexts. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** Money, percentages and days of a contract in the admin user's locale. */
export function contractFormats(locale: string, currency: string) {
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase(), maximumFractionDigits: 2 })
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const day = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" })
  return {
    money: (value: number | string) => money.format(Number(value)),
    percent: (value: number | string) => `${number.format(Number(value))} %`,
    number: (value: number | string) => number.format(Number(value)),
    date: (value: string | Date) => day.format(new Date(value)),
  }
}

export type ContractFormats = ReturnType<typeof contractFormats>

const MONEY_TERMS: ComparedTerm[] = ["min_monthly_turnover", "min_annual_turnover", "credit_limit", "min_order_amount"]
const PERCENT_TERMS: ComparedTerm[] = ["discount_percent", "split_share_percent"]

/**
 * One term's value in words ("€50,000.00", "30 days", "Split between the
 * dealers"); `names` turns ids (a price list) into what a person reads.
 */
export function termValueText(
  term: ComparedTerm,
  value: string | number | boolean | null,
  t: Translate,
  format: ContractFormats,
  names: Record<string, string> = {}
): string {
  if (value === null) return term === "valid_to" ? t("values.openEnded") : t("values.none")
  if (MONEY_TERMS.includes(term)) return format.money(value as string)
  if (PERCENT_TERMS.includes(term)) return format.percent(value as string)
  switch (term) {
    case "valid_to":
      return format.date(value as string)
    case "min_monthly_quantity":
      return t("values.units", { count: Number(value) })
    case "payment_terms_days":
      return Number(value) > 0 ? t("values.days", { count: Number(value) }) : t("values.onOrder")
    case "restrict_to_assortment":
      return value ? t("values.zoneCategoriesOnly") : t("values.anyProduct")
    case "conflict_policy":
      return t(`policy.${value}`)
    case "payout_form":
      return t(`payout.${value}`)
    case "price_list_id":
      return names[value as string] ?? String(value)
    default:
      return String(value)
  }
}
