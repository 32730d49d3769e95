export type ContributionCause = "order_placed" | "order_canceled" | "return_received" | "conflict_reassigned"

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
  target_type: "product" | "category"
  target_ref: string
  metric: "amount" | "quantity"
  target_value: string
  actual: string
}

export type PlanTargetInput = {
  target_type: "product" | "category"
  target_id: string
  metric: "amount" | "quantity"
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
