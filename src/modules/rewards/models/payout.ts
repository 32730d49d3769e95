import { model } from "@medusajs/framework/utils"
import { PAYOUT_FORMS, PAYOUT_STATUSES } from "../../../types/rewards"
import { PayoutBatch } from "./payout-batch"

/**
 * Money of a dealer's wallet turned into value. `amount` is what left the
 * wallet; `details` holds the effect (credit lines, points, promotion).
 */
export const Payout = model
  .define("dealer_payout", {
    id: model.id({ prefix: "dpout" }).primaryKey(),
    dealer_id: model.text(),
    form: model.enum([...PAYOUT_FORMS]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...PAYOUT_STATUSES]).default("requested"),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    details: model.json().nullable(),
    approved_at: model.dateTime().nullable(),
    exported_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    /** The bank account a cash payout was sent to (a copy taken at the export). */
    bank_account: model.json().nullable(),
    /** The bank file it went out in: one at most. */
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "payouts" }).nullable(),
  })
  .indexes([{ name: "IDX_dealer_payout_dealer", on: ["dealer_id", "status"], where: "deleted_at IS NULL" }])
