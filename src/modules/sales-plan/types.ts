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
