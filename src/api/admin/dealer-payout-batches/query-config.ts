import { payoutFields } from "../dealer-payouts/query-config"

/** A batch as lists show it: everything but the file itself (GET …/:id/file). */
export const payoutBatchFields = [
  "id",
  "format",
  "status",
  "file_name",
  "content_type",
  "payout_count",
  "total",
  "currency_code",
  "execution_date",
  "batch_booking",
  "reference",
  "exported_at",
  "paid_at",
  "created_at",
]

const batchPayoutFields = [...payoutFields, "bank_account", "dealer.id", "dealer.code", "dealer.name"].map(
  (field) => `payouts.${field}`
)

export const payoutBatchQueryConfig = {
  list: { defaults: payoutBatchFields, allowed: payoutBatchFields, isList: true },
  retrieve: { defaults: [...payoutBatchFields, ...batchPayoutFields], isList: false },
}
