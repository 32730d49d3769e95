import type { Deviation } from "../lib/deviation"
import type { MonthCurvePoint } from "../lib/month-curve"
import type { DealerRef, DealerRole, DealerStatus, PartnerLevel, TerritoryRef } from "./dealer-network"
import type { RewardKind } from "./rewards"
import type { ListResponse } from "./http"

// Sales plans' enums (each declared once), module DTOs and admin API shapes.

export const TARGET_TYPES = ["product", "category"] as const
export type TargetType = (typeof TARGET_TYPES)[number]

export const TARGET_METRICS = ["amount", "quantity"] as const
export type TargetMetric = (typeof TARGET_METRICS)[number]

export const CONTRIBUTION_CAUSES = ["order_placed", "order_canceled", "return_received", "conflict_reassigned"] as const
export type ContributionCause = (typeof CONTRIBUTION_CAUSES)[number]

export const ALERT_KINDS = ["behind_plan", "projection_miss", "volume_commitment"] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

export const ALERT_STATUSES = ["open", "cleared"] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

export type ContributionLineInput = {
  product_id: string | null
  variant_id: string | null
  category_ids: string[]
  quantity: number
  amount: number | string
}

export type RecordContributionInput = {
  dealer_id: string
  order_id: string
  cause: ContributionCause
  source_id: string
  period_key: string
  occurred_at: Date
  currency_code: string
  amount: number | string
  order_count: number
  note?: string | null
  lines: ContributionLineInput[]
}

export type PeriodProgressRow = {
  dealer_id: string
  period_key: string
  currency_code: string
  amount: string
  order_count: number
}

export type RankedProgressRow = {
  dealer_id: string
  plan_id: string | null
  /** The plan's currency; null without a plan. */
  plan_currency_code: string | null
  target_amount: string
  target_order_count: number | null
  actual_amount: string
  actual_order_count: number
  expected_amount: string
  deviation: string
  deviation_percent: string | null
  attainment_percent: string | null
}

export type GroupProgress = {
  dealer_count: number
  target_amount: string
  target_order_count: number
  actual_amount: string
  actual_order_count: number
}

export type TargetProgressRow = {
  target_id: string
  plan_id: string
  target_type: TargetType
  target_ref: string
  metric: TargetMetric
  target_value: string
  actual: string
}

export type PlanTargetInput = {
  target_type: TargetType
  target_id: string
  metric: TargetMetric
  target_value: number | string
  label?: string | null
}

export type SavePlanInput = {
  dealer_id: string
  period_key: string
  currency_code: string
  target_amount: number | string
  target_order_count?: number | null
  note?: string | null
  targets?: PlanTargetInput[]
}

export type MonthlyProgressRow = {
  period_key: string
  target_amount: string
  target_order_count: number
  actual_amount: string
  actual_order_count: number
}

// Admin API shapes

export type PlanTarget = {
  id: string
  target_type: TargetType
  target_id: string
  metric: TargetMetric
  target_value: number | string
  label: string | null
}

export type DealerPlan = {
  id: string
  dealer_id: string
  period_key: string
  currency_code: string
  target_amount: number | string
  target_order_count: number | null
  note: string | null
  targets?: PlanTarget[]
  created_at: string
  updated_at: string
}

export type DealerPlanListResponse = ListResponse & { plans: DealerPlan[] }
export type DealerPlanResponse = { plan: DealerPlan }

export type { Deviation }

export type TargetProgress = {
  /** The focus target's own id. */
  target_id: string
  plan_id: string
  target_type: TargetType
  /** The product or category id. */
  target_ref: string
  metric: TargetMetric
  target_value: string
  actual: string
  attainment_percent: string | null
}

export type DealerProgress = {
  dealer_id: string
  period: string
  as_of: string
  plan?: {
    /** null for a quarter or a year, which add several monthly plans up. */
    id: string | null
    currency_code: string
    target_amount: string
    target_order_count: number | null
  } | null
  actual: { amount: string; order_count: number; average_order_value: string | null }
  deviation: Deviation | null
  /** For a quarter or a year: each month's plan and actual. */
  months?: MonthlyProgressRow[]
  targets: TargetProgress[]
  sub_network: {
    dealer_count: number
    target_amount: string
    target_order_count: number
    actual_amount: string
    actual_order_count: number
    deviation: Deviation
  } | null
}

export type DealerProgressResponse = { progress: DealerProgress }

export type RankedDealerProgress = {
  /** code, name and role are null for a dealer deleted since it had a plan or sales. */
  dealer: {
    id: string
    code: string | null
    name: string | null
    role: DealerRole | null
    status?: DealerStatus | null
    currency_code?: string | null
    tier?: PartnerLevel | null
  }
  plan_id?: string | null
  currency_code?: string | null
  target_amount: string
  target_order_count?: number | null
  actual_amount: string
  expected_amount: string
  deviation: string
  deviation_percent: string | null
  attainment_percent: string | null
  actual_order_count: number
}

export type RankedProgressResponse = ListResponse & {
  period?: string
  as_of?: string
  working_days_total?: number
  working_days_elapsed?: number
  dealers: RankedDealerProgress[]
}

export type PlanImportError = { line: number; field: string | null; message: string }

export type PlanImportResult = {
  dry_run: boolean
  rows: number
  plans_created: number
  plans_updated: number
  targets: number
  errors: PlanImportError[]
}

export type OrderDealerResponse = {
  dealer: DealerRef | null
  contributions: {
    id: string
    dealer: { id: string; code?: string; name?: string }
    cause: ContributionCause
    source_id: string | null
    period_key: string
    occurred_at: string
    currency_code: string
    amount: string | number
    order_count: number
  }[]
}


/** Plan against actual for a group of dealers in one currency (money as decimal strings). */
export type OverviewPlanFigures = {
  currency_code: string
  target_amount: string
  /** Plan × share of the month's working days elapsed, rounded per dealer. */
  expected_amount: string
  actual_amount: string
  /** actual − expected: negative when behind. */
  deviation: string
  attainment_percent: string | null
  /** Dealers with a plan in this currency, and how many of them are behind their expected-to-date. */
  planned_dealers: number
  behind_dealers: number
}

/** GET /admin/dealer-overview: the network at a glance for one month. */
export type NetworkOverviewResponse = {
  period: string
  as_of: string
  working_days_total: number
  working_days_elapsed: number
  /** The whole network, per currency (largest plan first). */
  totals: OverviewPlanFigures[]
  /** Per top-level sub-network: a distributor with everything under it, or a dealer without a parent. */
  sub_networks: (OverviewPlanFigures & { dealer: DealerRef })[]
  /** Per top-level territory (a country): the dealers with a zone in force there that month, or below it. */
  territories: (OverviewPlanFigures & { territory: TerritoryRef })[]
  /** The month day by day per currency: cumulative actual against the plan's expected line. */
  curves: { currency_code: string; points: MonthCurvePoint[] }[]
  /** The dealers furthest behind their expected-to-date, with their month-end projection at the run-rate. */
  behind: {
    dealer: DealerRef | null
    currency_code: string
    target_amount: string
    actual_amount: string
    expected_amount: string
    deviation: string
    deviation_percent: string | null
    projected: string
    projected_gap: string
  }[]
  open_alerts: number
  open_conflicts: number
  /** Accruals waiting for approval, per kind and currency. */
  pending_accruals: { kind: RewardKind; currency_code: string; count: number; amount: string }[]
  /** Overdue receivables today, per currency. */
  overdue_receivables: { currency_code: string; dealers: number; orders: number; overdue: string }[]
}

/** A deviation alert (GET /admin/dealer-alerts). `figures` hold what the check measured. */
export type DealerDeviationAlert = {
  id: string
  dealer_id: string
  period_key: string
  alert_date: string
  kind: AlertKind
  status: AlertStatus
  figures: DeviationAlertFigures
  /** The check's own sentence (English). */
  message: string
  cleared_at: string | null
  created_at: string
}

/** behind_plan / projection_miss figures, or volume_commitment ones (then `shortfall` and `annual`/`monthly`/`units`). */
export type DeviationAlertFigures = {
  currency_code: string
  target_amount?: string
  expected_to_date?: string
  actual_to_date?: string
  deviation?: string
  deviation_percent?: string | null
  projected?: string
  projected_gap?: string
  shortfall?: string | null
  agreement_number?: string
  monthly?: { commitment: string; actual: string; shortfall: string } | null
  annual?: { commitment: string; actual: string; shortfall: string } | null
  /** Units sold in the month against the monthly quantity commitment. */
  units?: { commitment: string; actual: string; shortfall: string } | null
}

export type DealerAlertListResponse = ListResponse & { alerts: DealerDeviationAlert[] }
