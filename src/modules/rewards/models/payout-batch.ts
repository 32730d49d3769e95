import { model } from "@medusajs/framework/utils"
import { PAYOUT_BATCH_STATUSES } from "../../../types/payout-batches"
import { Payout } from "./payout"

/**
 * One bank file of cash payouts, kept as it was sent: exporting it again
 * answers the same bytes. A payout belongs to at most one batch.
 */
export const PayoutBatch = model.define("dealer_payout_batch", {
  id: model.id({ prefix: "dpbat" }).primaryKey(),
  /** The exporter's format key (sepa_pain_001, csv, or one a host app registers). */
  format: model.text(),
  status: model.enum([...PAYOUT_BATCH_STATUSES]).default("exported"),
  file_name: model.text(),
  content_type: model.text(),
  content: model.text(),
  payout_count: model.number(),
  total: model.bigNumber(),
  currency_code: model.text(),
  execution_date: model.text(),
  batch_booking: model.boolean(),
  /** The bank's reference of the whole batch once paid. */
  reference: model.text().nullable(),
  exported_at: model.dateTime(),
  paid_at: model.dateTime().nullable(),
  payouts: model.hasMany(() => Payout, { mappedBy: "batch" }),
})
