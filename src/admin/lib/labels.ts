import { useMemo } from "react"
import { useTexts } from "../hooks/use-texts"
import { labels } from "../i18n/labels"
import type { AgreementStatus, ApplicationStatus, DealerRole, DealerStatus } from "../../types/dealer-network"
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

/** The shared labels as English has them; the `*_LABELS` maps below are those English texts, for keys and fallbacks. */
type Labels = typeof labels.en

/** Every shared status and kind label in the admin user's language, e.g. `useLabels().eventStatus.draft`. */
export function useLabels(): Labels {
  const { t } = useTexts("labels")
  return useMemo(
    () =>
      Object.fromEntries(
        Object.entries(labels.en).map(([group, texts]) => [
          group,
          Object.fromEntries(Object.keys(texts).map((key) => [key, t(`${group}.${key}`)])),
        ])
      ) as Labels,
    [t]
  )
}

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const ROLE_LABELS: Record<DealerRole, string> = labels.en.role

export const ROLE_COLORS: Record<DealerRole, BadgeColor> = {
  distributor: "purple",
  dealer: "blue",
  sub_dealer: "grey",
}

export const STATUS_COLORS: Record<DealerStatus, BadgeColor> = {
  applicant: "orange",
  active: "green",
  suspended: "red",
  terminated: "grey",
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

export const AGEING_LABELS: Record<AgeingBucket, string> = labels.en.ageing

/** Fill of each ageing bucket in the bar and its legend: older is redder. */
export const AGEING_FILLS: Record<AgeingBucket, string> = {
  current: "bg-ui-tag-green-icon",
  overdue_1_30: "bg-ui-tag-orange-icon",
  overdue_31_60: "bg-ui-tag-red-icon",
  overdue_61_90: "bg-ui-fg-error",
  overdue_over_90: "bg-ui-fg-base",
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

export const PERIOD_TYPE_LABELS: Record<ProgramPeriodType, string> = labels.en.periodType

export const REWARD_KIND_LABELS: Record<RewardKind, string> = labels.en.rewardKind

export const PAYOUT_FORM_LABELS: Record<PayoutForm, string> = labels.en.payoutForm

export const PAYOUT_STATUS_COLORS: Record<PayoutStatus, BadgeColor> = {
  requested: "orange",
  approved: "blue",
  exported: "purple",
  paid: "green",
  completed: "green",
  canceled: "grey",
}

export const METRIC_LABELS: Record<RewardMetric, string> = labels.en.metric

export const COMPARISON_SIGNS: Record<string, string> = { gte: "≥", gt: ">", lte: "≤", lt: "<", eq: "=" }

export const EVENT_TYPE_LABELS: Record<EventType, string> = labels.en.eventType

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = labels.en.eventStatus

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

export const ATTENDANCE_LABELS: Record<Attendance, string> = labels.en.attendance

export const RATING_COMPONENT_LABELS: Record<RatingComponent, string> = labels.en.ratingComponent

/** How each component's raw figure reads, and how it is scaled to 0–100. */
export const RATING_COMPONENT_HINTS: Record<RatingComponent, string> = labels.en.ratingComponentHint

export const CONTEST_METRIC_LABELS: Record<ContestMetric, string> = labels.en.contestMetric

export const CONTEST_STATUS_LABELS: Record<ContestStatus, string> = labels.en.contestStatus

export const CONTEST_STATUS_COLORS: Record<ContestStatus, BadgeColor> = {
  draft: "grey",
  running: "green",
  closed: "blue",
  cancelled: "red",
}

export const TIE_RULE_LABELS: Record<ContestTieRule, string> = labels.en.tieRule

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = labels.en.materialKind

export const MATERIAL_REQUEST_STATUS_LABELS: Record<MaterialRequestStatus, string> = labels.en.materialRequestStatus

export const MATERIAL_REQUEST_STATUS_COLORS: Record<MaterialRequestStatus, BadgeColor> = {
  requested: "orange",
  shipped: "green",
  rejected: "red",
  cancelled: "grey",
}
