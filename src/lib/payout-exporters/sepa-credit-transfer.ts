import SEPA from "sepa"
import type { PayoutExporter, PayoutFileInput } from "./types"

/** Message ids are at most 35 characters and the library builds longer ids from it: keep the batch id's random tail. */
export function sepaMessageId(batchId: string): string {
  return `DN${batchId.replace(/[^A-Za-z0-9]/g, "").slice(-16)}`
}

/** SEPA references allow no underscore. */
const sepaReference = (id: string) => id.replace(/_/g, "-")

function buildPain001(input: PayoutFileInput): string {
  if (!input.debtor) throw new Error("The SEPA credit transfer needs the debtor account")
  const doc = new SEPA.Document("pain.001.001.03")
  doc.grpHdr.id = sepaMessageId(input.batch_id)
  doc.grpHdr.created = input.created_at
  doc.grpHdr.initiatorName = input.debtor.name

  const info = doc.createPaymentInfo()
  info.requestedExecutionDate = new Date(`${input.execution_date}T12:00:00`)
  info.debtorIBAN = input.debtor.iban
  info.debtorBIC = input.debtor.bic
  info.debtorName = input.debtor.name
  info.batchBooking = input.batch_booking
  doc.addPaymentInfo(info)

  input.transfers.forEach((transfer) => {
    const tx = info.createTransaction()
    tx.creditorName = transfer.account.holder
    tx.creditorIBAN = transfer.account.iban
    tx.creditorBIC = transfer.account.bic
    // The library takes a number; payouts have at most 2 decimals, which a double holds exactly enough for toFixed(2).
    tx.amount = Number(transfer.amount)
    tx.currency = transfer.currency_code
    tx.remittanceInfo = transfer.remittance
    tx.end2endId = sepaReference(transfer.payout_id)
    info.addTransaction(tx)
  })
  return doc.toString()
}

/** SEPA credit transfer initiation, ISO 20022 pain.001.001.03 (the version every SEPA bank takes). */
export const sepaCreditTransferExporter: PayoutExporter = {
  format: "sepa_pain_001",
  label: "SEPA credit transfer (pain.001.001.03)",
  file_extension: "xml",
  content_type: "application/xml; charset=utf-8",
  currencies: ["EUR"],
  needs_debtor: true,
  build: buildPain001,
}
