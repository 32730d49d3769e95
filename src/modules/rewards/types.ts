export type RewardKind = "money" | "marketing_points" | "event_credit"

/** What a period close found a rule gives a dealer for the period so far. */
export type EarnedReward = {
  dealer_id: string
  rule_id: string
  kind: RewardKind
  currency_code: string
  earned_to_date: string
  explanation: Record<string, unknown>
  /** Held (not pending) because the dealer's receivables are overdue. */
  held: boolean
}

export type WalletMovement = {
  dealer_id: string
  kind: RewardKind
  /** Signed: negative leaves the wallet. */
  amount: string
  currency_code: string
  source_type: "accrual" | "payout" | "payout_reversal" | "conversion"
  source_id: string
  description?: string
}

export type WalletBalance = { kind: RewardKind; currency_code: string; balance: string }
