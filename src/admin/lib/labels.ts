import type { AgreementStatus, ApplicationStatus, DealerRole, DealerStatus, MemberRole } from "../../types/dealer-network"
import type { AccrualStatus, PayoutForm, PayoutStatus, ProgramPeriodType, ProgramStatus, RewardKind, RewardMetric } from "../../types/rewards"
import type { AgeingBucket } from "../../types/wholesale"
import type {
  Attendance,
  ContestMetric,
  ContestStatus,
  ContestTieRule,
  EventStatus,
  EventType,
  MaterialKind,
  MaterialRequestStatus,
  RatingComponent,
  RegistrationStatus,
} from "../../types/engagement"

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

export function customerName(customer?: {
  first_name?: string | null
  last_name?: string | null
  email?: string | null
} | null): string {
  if (!customer) return "-"
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email || "-"
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

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  conference: "Conference",
  webinar: "Webinar",
  training_onsite: "Training (on site)",
  training_remote: "Training (remote)",
  master_class: "Master class",
  product_launch: "Product launch",
  informal: "Informal event",
}

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  draft: "Draft",
  published: "Published",
  completed: "Completed",
  cancelled: "Cancelled",
}

export const EVENT_STATUS_COLORS: Record<EventStatus, BadgeColor> = {
  draft: "grey",
  published: "blue",
  completed: "green",
  cancelled: "red",
}

export const REGISTRATION_STATUS_COLORS: Record<RegistrationStatus, BadgeColor> = {
  registered: "green",
  cancelled: "grey",
}

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  attended: "Attended",
  no_show: "No-show",
}

export const RATING_COMPONENT_LABELS: Record<RatingComponent, string> = {
  plan_attainment: "Plan attainment",
  sales_growth: "Growth on last year",
  focus_share: "Focus-product share",
  average_order_value: "Average order value",
  payment_discipline: "Payment discipline",
  events_attended: "Events attended",
  contest_results: "Contest results",
}

/** How each component's raw figure reads, and how it is scaled to 0–100. */
export const RATING_COMPONENT_HINTS: Record<RatingComponent, string> = {
  plan_attainment: "Sales ÷ plan, against the network's best",
  sales_growth: "Sales vs the same months last year, against the best",
  focus_share: "Focus products' and categories' share of sales, against the best",
  average_order_value: "Sales ÷ orders, against the best",
  payment_discipline: "Most days an unpaid order is overdue: 100 at none, −2 a day",
  events_attended: "Events held in the period the dealer attended, against the best",
  contest_results: "Placings in contests closed in the period (1st of 4 = 100, 4th = 25), averaged, against the best",
}

export const CONTEST_METRIC_LABELS: Record<ContestMetric, string> = {
  sales_amount: "Sales amount",
  focus_quantity: "Focus product/category units",
  focus_amount: "Focus product/category amount",
  attainment_percent: "Plan attainment %",
  growth_percent: "Growth vs the same dates last year",
  new_customer_orders: "Orders from new customers",
}

export const CONTEST_STATUS_LABELS: Record<ContestStatus, string> = {
  draft: "Draft",
  running: "Running",
  closed: "Closed",
  cancelled: "Cancelled",
}

export const CONTEST_STATUS_COLORS: Record<ContestStatus, BadgeColor> = {
  draft: "grey",
  running: "green",
  closed: "blue",
  cancelled: "red",
}

export const TIE_RULE_LABELS: Record<ContestTieRule, string> = {
  shared: "Shared rank: each tied dealer gets the prize",
  earliest: "First to reach the figure ranks higher",
}

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  poster: "Poster",
  sample: "Sample",
  display: "Display",
  digital_kit: "Digital kit",
  other: "Other",
}

export const MATERIAL_REQUEST_STATUS_LABELS: Record<MaterialRequestStatus, string> = {
  requested: "Requested",
  shipped: "Shipped",
  rejected: "Rejected",
  cancelled: "Cancelled",
}

export const MATERIAL_REQUEST_STATUS_COLORS: Record<MaterialRequestStatus, BadgeColor> = {
  requested: "orange",
  shipped: "green",
  rejected: "red",
  cancelled: "grey",
}
