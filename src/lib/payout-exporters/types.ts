/** The manufacturer's account the transfers are paid from. */
export type DebtorAccount = { name: string; iban: string; bic: string }

/** One payout to send: the dealer, its account, the amount (exact decimal string) and the remittance text. */
export type PayoutTransfer = {
  payout_id: string
  dealer_code: string
  dealer_name: string
  amount: string
  currency_code: string
  account: { holder: string; iban: string; bic: string; bank_name: string | null }
  remittance: string
}

export type PayoutFileInput = {
  batch_id: string
  created_at: Date
  /** YYYY-MM-DD: the day the bank should execute the transfers. */
  execution_date: string
  batch_booking: boolean
  debtor: DebtorAccount | null
  transfers: PayoutTransfer[]
}

/**
 * A bank file format. Register one with `registerPayoutExporter` to offer it
 * beside the SEPA credit transfer and the CSV.
 */
export interface PayoutExporter {
  format: string
  label: string
  file_extension: string
  content_type: string
  /** Upper-case currency codes the format can carry; null: any. */
  currencies: string[] | null
  /** Whether the file names the account the money is paid from (plugin option `payoutDebtor`). */
  needs_debtor: boolean
  build(input: PayoutFileInput): string
}
