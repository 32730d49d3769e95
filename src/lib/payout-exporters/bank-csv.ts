import { stringify } from "csv-stringify/sync"
import type { PayoutExporter, PayoutFileInput } from "./types"

export const BANK_CSV_COLUMNS = [
  "execution_date",
  "dealer_code",
  "account_holder",
  "iban",
  "bic",
  "bank_name",
  "amount",
  "currency_code",
  "remittance",
  "payout_id",
] as const

function buildCsv(input: PayoutFileInput): string {
  const rows = input.transfers.map((transfer) => ({
    execution_date: input.execution_date,
    dealer_code: transfer.dealer_code,
    account_holder: transfer.account.holder,
    iban: transfer.account.iban,
    bic: transfer.account.bic,
    bank_name: transfer.account.bank_name ?? "",
    amount: transfer.amount,
    currency_code: transfer.currency_code,
    remittance: transfer.remittance,
    payout_id: transfer.payout_id,
  }))
  return stringify(rows, { header: true, columns: [...BANK_CSV_COLUMNS] })
}

/** One row per transfer with the bank columns, for banks or accounting tools that import CSV. */
export const bankCsvExporter: PayoutExporter = {
  format: "csv",
  label: "CSV with bank columns",
  file_extension: "csv",
  content_type: "text/csv; charset=utf-8",
  currencies: null,
  needs_debtor: false,
  build: buildCsv,
}
