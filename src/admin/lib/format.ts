import type { AgreementStatus, ApplicationStatus, DealerRole, DealerStatus, MemberRole } from "../../types/dealer-network"
import type { AccrualStatus, ConditionResult, NextBandHint, PayoutForm, PayoutStatus, ProgramPeriodType, ProgramStatus, RewardKind, RewardMetric, RewardRuleDefinition } from "../../types/rewards"
import type { AgeingBucket } from "../../types/wholesale"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"


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

// Rewards


export const ACCRUAL_STATUS_LABELS: Record<AccrualStatus, string> = {
  pending: "Pending",
  held: "Held",
  approved: "Approved",
  rejected: "Rejected",
}

export const ACCRUAL_STATUS_COLORS: Record<AccrualStatus, BadgeColor> = {
  pending: "orange",
  held: "purple",
  approved: "green",
  rejected: "red",
}

export const PROGRAM_STATUS_COLORS: Record<ProgramStatus, BadgeColor> = {
  draft: "grey",
  active: "green",
  archived: "orange",
}

export const PERIOD_TYPE_LABELS: Record<ProgramPeriodType, string> = {
  month: "Monthly",
  quarter: "Quarterly",
  year: "Yearly",
}

export const REWARD_KIND_LABELS: Record<RewardKind, string> = {
  money: "Money",
  marketing_points: "Marketing points",
  event_credit: "Event credit",
}


export const PAYOUT_FORM_LABELS: Record<PayoutForm, string> = {
  receivable_offset: "Offset against receivables",
  cash: "Cash (bank transfer)",
  marketing_points: "Marketing points",
  next_period_discount: "Discount next month",
}

export const PAYOUT_STATUS_COLORS: Record<PayoutStatus, BadgeColor> = {
  requested: "orange",
  approved: "blue",
  exported: "purple",
  paid: "green",
  completed: "green",
  canceled: "grey",
}

export const METRIC_LABELS: Record<RewardMetric, string> = {
  attainment_percent: "Plan attainment",
  sales_amount: "Sales",
  focus_amount: "Focus sales",
  focus_quantity: "Focus units",
  average_order_value: "Average order value",
  order_count: "Orders",
  growth_percent: "Growth on last year",
  sub_network_amount: "Sub-network sales",
}

export const COMPARISON_SIGNS: Record<string, string> = { gte: "≥", gt: ">", lte: "≤", lt: "<", eq: "=" }

const MONEY_METRICS: RewardMetric[] = ["sales_amount", "focus_amount", "sub_network_amount", "average_order_value"]
const PERCENT_METRICS: RewardMetric[] = ["attainment_percent", "growth_percent"]

/** A metric's label, with the focus key of a focus metric: "Focus sales (category:pcat_1)". */
export function metricLabel(metric: string, focusKey?: string | null): string {
  const label = METRIC_LABELS[metric as RewardMetric] ?? humanize(metric)
  return focusKey ? `${label} (${focusKey})` : label
}

/** A metric's value in its unit: money, a percentage, orders or units; "n/a" without a value. */
export function formatMetric(metric: string, value: string | number | null | undefined, currency?: string | null): string {
  if (value === null || value === undefined || value === "") return "n/a"
  if (MONEY_METRICS.includes(metric as RewardMetric)) return formatMoney(value, currency)
  if (PERCENT_METRICS.includes(metric as RewardMetric)) return formatPercent(value)
  if (metric === "order_count") return countOf(value, "order")
  if (metric === "focus_quantity") return countOf(value, "unit")
  return formatNumber(value)
}

/** A reward in its kind's unit: money and event credit in the currency, points as a count. */
export function formatReward(
  amount: string | number | null | undefined,
  of: { kind: RewardKind | string; currency_code?: string | null },
  options: { signed?: boolean } = {}
): string {
  if (of.kind === "marketing_points") {
    const n = Number(amount ?? 0)
    const sign = options.signed && n > 0 ? "+" : ""
    return `${sign}${formatNumber(n)} ${Math.abs(n) === 1 ? "point" : "points"}`
  }
  return formatMoney(amount, of.currency_code, options)
}

/** A condition as "Sales ≥ €1,000.00". */
export function conditionText(condition: Pick<ConditionResult, "metric" | "focus_key" | "op" | "value">, currency?: string | null) {
  return `${metricLabel(condition.metric, condition.focus_key)} ${COMPARISON_SIGNS[condition.op] ?? condition.op} ${formatMetric(
    condition.metric,
    condition.value,
    currency
  )}`
}

/** What closes a gap on a measure: "Sell €700.00 more", "Place 3 more orders". */
function gapText(measure: string, shortfall: string, salesShortfall: string | undefined, currency?: string | null) {
  if (salesShortfall !== undefined) return `Sell ${formatMoney(salesShortfall, currency)} more`
  if (measure === "sub_network_amount") return `The sub-network sells ${formatMoney(shortfall, currency)} more`
  if (measure === "average_order_value") return `Raise the average order by ${formatMoney(shortfall, currency)}`
  if (MONEY_METRICS.includes(measure as RewardMetric)) return `Sell ${formatMoney(shortfall, currency)} more`
  if (measure === "order_count") return `Place ${countOf(shortfall, "more order")}`
  if (measure === "focus_quantity") return `Sell ${countOf(shortfall, "more unit")}`
  if (PERCENT_METRICS.includes(measure as RewardMetric)) return `Gain ${formatNumber(shortfall)} more percentage points`
  return `${formatNumber(shortfall)} more`
}

/** The next-tier hint: "Sell €700.00 more to reach the tier from €1,000.00: +€14.00". */
export function nextTierText(hint: NextBandHint, currency: string | null | undefined, kind: RewardKind | string) {
  return `${gapText(hint.measure, hint.shortfall, hint.sales_shortfall, currency)} to reach the tier from ${formatMetric(
    hint.measure,
    hint.next_tier_from,
    currency
  )}: ${formatReward(hint.additional_reward, { kind, currency_code: currency }, { signed: true })}`
}

/** An unmet condition: "Orders: 2 orders, needs ≥ 5 orders (Place 3 more orders)". */
export function unmetConditionText(
  condition: ConditionResult & { shortfall?: string | null; sales_shortfall?: string },
  currency?: string | null
) {
  const needs = `${metricLabel(condition.metric, condition.focus_key)}: ${formatMetric(
    condition.metric,
    condition.actual,
    currency
  )}, needs ${COMPARISON_SIGNS[condition.op] ?? condition.op} ${formatMetric(condition.metric, condition.value, currency)}`
  const lowerBound = condition.op === "gte" || condition.op === "gt"
  if (!lowerBound || condition.shortfall == null) return needs
  return `${needs} (${gapText(condition.metric, condition.shortfall, condition.sales_shortfall, currency)})`
}

/** A reward period: "2026-11", "2026-Q4" or "2026". */
export function isRewardPeriod(value: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(value)
}

/**
 * The parts of an API validation message, each with the path it names:
 * "rules.1.definition.reward.tiers.1.from: must be above …; code: …".
 */
export function apiErrorParts(message: string): { path: string | null; message: string }[] {
  return message.split("; ").map((part) => {
    const match = /^([A-Za-z_][\w.]*): (.+)$/s.exec(part)
    return match ? { path: match[1], message: match[2] } : { path: null, message: part }
  })
}

/** A rule in a line: "Retroactive tiers on Sales: €0.00 → 1%, €10,000.00 → 2%, if Orders ≥ 3 orders; capped at €2,000.00". */
export function ruleSummary(definition: RewardRuleDefinition | null | undefined, currency?: string | null): string {
  if (!definition?.reward) return "-"
  const { reward } = definition
  const kind = definition.kind ?? "money"
  let text: string
  if (reward.type === "fixed") {
    text = `Fixed ${formatReward(reward.amount, { kind: kind === "marketing_points" ? "money" : kind, currency_code: currency })}`
  } else if (reward.type === "rate") {
    text = `${formatPercent(reward.rate_percent)} of ${metricLabel(reward.base, reward.focus_key).toLowerCase()}`
  } else if (reward.type === "tiered") {
    const measure = reward.mode === "stepped" ? reward.base : reward.measure ?? reward.base
    text = `${reward.mode === "stepped" ? "Stepped" : "Retroactive"} tiers on ${metricLabel(measure).toLowerCase()}: ${(
      reward.tiers ?? []
    )
      .map((tier) => `${formatMetric(measure, tier.from, currency)} → ${formatPercent(tier.rate_percent)}`)
      .join(", ")}`
  } else {
    text = humanize((reward as { type?: string }).type)
  }
  const conditions = definition.conditions?.all ?? []
  if (conditions.length) text += `, if ${conditions.map((c) => conditionText(c, currency)).join(" and ")}`
  if (definition.cap != null) text += `; capped at ${formatReward(definition.cap, { kind, currency_code: currency })}`
  if (kind !== "money") text += ` (${REWARD_KIND_LABELS[kind] ?? kind})`
  return text
}

/** The period a program of this type is in today: "2026-11", "2026-Q4" or "2026". */
export function currentPeriodOf(type: ProgramPeriodType, now = new Date()): string {
  if (type === "year") return String(now.getFullYear())
  if (type === "quarter") return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`
  return currentMonth(now)
}
