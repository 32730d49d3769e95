import type { ListResponse } from "./http"
import type { DealerPayout } from "./rewards"

export const PAYOUT_BATCH_STATUSES = ["exported", "paid"] as const
export type PayoutBatchStatus = (typeof PAYOUT_BATCH_STATUSES)[number]

/** The formats the plugin ships; a host app may register more (src/lib/payout-exporters). */
export const BUILT_IN_PAYOUT_FORMATS = ["sepa_pain_001", "csv"] as const

/** The account a payout was sent to, as it was at the export. */
export type PaidToAccount = {
  id: string
  holder: string
  iban: string
  bic: string
  bank_name: string | null
}

export type DealerPayoutBatch = {
  id: string
  format: string
  status: PayoutBatchStatus
  file_name: string
  content_type: string
  payout_count: number
  total: string
  currency_code: string
  execution_date: string
  batch_booking: boolean
  reference: string | null
  exported_at: string
  paid_at: string | null
  created_at: string
  payouts?: (DealerPayout & { dealer?: { id: string; code: string; name: string } | null })[]
}

export type DealerPayoutBatchResponse = { batch: DealerPayoutBatch }
export type DealerPayoutBatchListResponse = ListResponse & { batches: DealerPayoutBatch[] }

export type PayoutExportFormat = { format: string; label: string; file_extension: string; currencies: string[] | null }
export type PayoutExportFormatsResponse = { formats: PayoutExportFormat[] }

/** POST /admin/dealer-payout-batches */
export type CreatePayoutBatchBody = {
  format: string
  /** The approved cash payouts to send; all approved ones when left out. */
  payout_ids?: string[]
  /** YYYY-MM-DD; the plugin option's days ahead of today when left out. */
  execution_date?: string
  batch_booking?: boolean
}
