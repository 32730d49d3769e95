import type {
  AgeingBucket,
  AgreementStatus,
  ApplicationStatus,
  DealerRole,
  DealerStatus,
  MemberRole,
} from "./types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const DEALER_ROLES: DealerRole[] = ["distributor", "dealer", "sub_dealer"]
export const DEALER_STATUSES: DealerStatus[] = ["applicant", "active", "suspended", "terminated"]
export const MEMBER_ROLES: MemberRole[] = ["owner", "manager", "buyer"]

export const ROLE_LABELS: Record<DealerRole, string> = {
  distributor: "Distributor",
  dealer: "Dealer",
  sub_dealer: "Sub-dealer",
}

export const ROLE_COLORS: Record<DealerRole, BadgeColor> = {
  distributor: "purple",
  dealer: "blue",
  sub_dealer: "grey",
}

export const STATUS_LABELS: Record<DealerStatus, string> = {
  applicant: "Applicant",
  active: "Active",
  suspended: "Suspended",
  terminated: "Terminated",
}

export const STATUS_COLORS: Record<DealerStatus, BadgeColor> = {
  applicant: "orange",
  active: "green",
  suspended: "red",
  terminated: "grey",
}

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  owner: "Owner",
  manager: "Manager",
  buyer: "Buyer",
}

export const AGREEMENT_STATUS_COLORS: Record<AgreementStatus, BadgeColor> = {
  draft: "grey",
  active: "green",
  expired: "orange",
  terminated: "red",
}

export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, BadgeColor> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
}

/** Which roles may sit directly above a dealer of the given role (ranks fall down the tree). */
export function parentRolesFor(role: DealerRole): DealerRole[] {
  if (role === "dealer") return ["distributor"]
  if (role === "sub_dealer") return ["distributor", "dealer"]
  return []
}

export function humanize(value: string | null | undefined): string {
  if (!value) return "-"
  const text = value.replace(/_/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" })

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "-"
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? "-" : dateFormat.format(date)
}

export function formatValidity(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : "open-ended"}`
}

export function customerName(customer?: {
  first_name?: string | null
  last_name?: string | null
  email?: string | null
} | null): string {
  if (!customer) return "-"
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email || "-"
}

/** The message the API sent (a FetchError carries it), or a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  if (typeof error === "string") return error
  return "Something went wrong"
}

const moneyFormats = new Map<string, Intl.NumberFormat>()

function moneyFormat(currency: string | null | undefined, signed: boolean): Intl.NumberFormat | null {
  const code = (currency || "").toUpperCase()
  const key = `${code}:${signed}`
  if (!moneyFormats.has(key)) {
    try {
      moneyFormats.set(
        key,
        new Intl.NumberFormat(undefined, {
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

/** A percentage from the API ("42.50") as "42.5%", optionally signed ("−12.3%"). */
export function formatPercent(
  value: string | number | null | undefined,
  options: { signed?: boolean } = {}
): string {
  if (value === null || value === undefined || value === "") return "-"
  const number = Number(value)
  if (!Number.isFinite(number)) return String(value)
  return `${new Intl.NumberFormat(undefined, {
    maximumFractionDigits: 1,
    ...(options.signed ? { signDisplay: "exceptZero" } : {}),
  }).format(number)}%`
}

/** "1 order", "3 orders" */
export function countOf(count: number | string | null | undefined, noun: string, plural = `${noun}s`): string {
  const n = Number(count ?? 0)
  return `${formatNumber(n)} ${n === 1 ? noun : plural}`
}

export function formatNumber(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "-"
  const number = Number(value)
  return Number.isFinite(number) ? new Intl.NumberFormat().format(number) : String(value)
}

/** The current month as "YYYY-MM", in the browser's time zone. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`
}

/** "2026-11" moved by `delta` months. */
export function shiftMonth(period: string, delta: number): string {
  const [year, month] = period.split("-").map(Number)
  const date = new Date(Date.UTC(year, month - 1 + delta, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`
}

export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

const monthFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "long", timeZone: "UTC" })

/** "2026-11" as "November 2026". */
export function formatMonth(period: string): string {
  if (!isMonthKey(period)) return period
  const [year, month] = period.split("-").map(Number)
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)))
}

export type PaceStatus = "behind" | "on_track" | "ahead" | "not_started" | "no_plan"

export const PACE_LABELS: Record<PaceStatus, string> = {
  behind: "Behind plan",
  on_track: "On track",
  ahead: "Ahead of plan",
  not_started: "Nothing expected yet",
  no_plan: "No plan",
}

export const PACE_COLORS: Record<PaceStatus, BadgeColor> = {
  behind: "red",
  on_track: "green",
  ahead: "green",
  not_started: "grey",
  no_plan: "grey",
}

/** Where actual stands against expected-to-date: behind when the deviation is negative. */
export function paceOf(
  deviation: { deviation: string; expected_to_date?: string; expected_amount?: string } | null | undefined,
  hasPlan = true
): PaceStatus {
  if (!hasPlan || !deviation) return "no_plan"
  const value = Number(deviation.deviation)
  const expected = Number(deviation.expected_to_date ?? deviation.expected_amount ?? 0)
  if (value < 0) return "behind"
  if (expected === 0 && value === 0) return "not_started"
  return value > 0 ? "ahead" : "on_track"
}

/** Text colour of a signed figure: red below zero, green above. */
export function signClass(value: string | number | null | undefined): string {
  const number = Number(value)
  if (value === null || value === undefined || !Number.isFinite(number) || number === 0) return "text-ui-fg-base"
  return number < 0 ? "text-ui-fg-error" : "text-ui-tag-green-text"
}

/** A day key from the API ("2026-11-27") for display; noon UTC keeps it the same day everywhere. */
export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return formatDate(day)
  return formatDate(`${day}T12:00:00Z`)
}

export const AGEING_BUCKETS: AgeingBucket[] = ["current", "overdue_1_30", "overdue_31_60", "overdue_over_60"]

export const AGEING_LABELS: Record<AgeingBucket, string> = {
  current: "Current",
  overdue_1_30: "1–30 days",
  overdue_31_60: "31–60 days",
  overdue_over_60: "60+ days",
}

/** Fill of each ageing bucket in the bar and its legend: older is redder. */
export const AGEING_FILLS: Record<AgeingBucket, string> = {
  current: "bg-ui-tag-green-icon",
  overdue_1_30: "bg-ui-tag-orange-icon",
  overdue_31_60: "bg-ui-tag-red-icon",
  overdue_over_60: "bg-ui-fg-error",
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
