import type { ListResponse } from "./http"

export type DealerBankAccount = {
  id: string
  dealer_id: string
  holder: string
  /** Electronic form (admin); masked for a dealer's member ("DE89 **** **** 3000"). */
  iban: string
  bic: string
  bank_name: string | null
  is_default: boolean
  created_at: string
  updated_at: string
}

/** POST /admin/dealers/:id/bank-accounts (all fields) and …/:account_id (any of them). */
export type BankAccountInput = {
  holder?: string
  iban?: string
  bic?: string
  bank_name?: string | null
  is_default?: boolean
}

export type DealerBankAccountResponse = { bank_account: DealerBankAccount }
export type DealerBankAccountListResponse = ListResponse & { bank_accounts: DealerBankAccount[] }
