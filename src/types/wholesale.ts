import type { DealerStatus } from "./dealer-network"
import type { ListResponse } from "./http"

// Wholesale receivables: ageing buckets and the admin API shapes.

export const AGEING_BUCKETS = ["current", "overdue_1_30", "overdue_31_60", "overdue_61_90", "overdue_over_90"] as const
export type AgeingBucket = (typeof AGEING_BUCKETS)[number]

/** What a dealer owes in one currency, aged by days overdue. Amounts are decimal strings. */
export type ReceivableBalance = {
  currency_code: string
  order_count: number
  outstanding: string
  overdue: string
  max_overdue_days: number
  oldest_due_at: string
} & Record<AgeingBucket, string>

export type ReceivableOrder = {
  order_id: string
  display_id: number
  currency_code: string
  placed_at: string
  due_at: string
  payment_terms_days: number
  total: string
  paid: string
  outstanding: string
  overdue_days: number
  bucket: AgeingBucket
}

export type DealerReceivablesResponse = {
  dealer_id: string
  /** The day ("YYYY-MM-DD") overdue days are counted to. */
  as_of: string
  /** The credit terms of the agreement in force, if any. */
  terms: {
    agreement_id?: string
    agreement_number: string
    payment_terms_days: number
    credit_limit: string | null
  } | null
  balances: ReceivableBalance[]
  /** Unpaid orders, oldest due first. */
  orders: ReceivableOrder[]
}

export type ReceivablesReportRow = ReceivableBalance & {
  dealer_id: string
  dealer: { id: string; code: string; name: string; status: DealerStatus } | null
}

/** What the report's dealers owe in one currency, by ageing bucket (over all its pages). */
export type ReceivablesAgeing = {
  currency_code: string
  dealers: number
  outstanding: string
} & Record<AgeingBucket, string>

export type ReceivablesReportResponse = ListResponse & {
  as_of: string
  receivables: ReceivablesReportRow[]
  ageing: ReceivablesAgeing[]
}

