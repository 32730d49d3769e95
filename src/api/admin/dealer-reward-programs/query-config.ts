export const rewardProgramFields = [
  "id",
  "code",
  "name",
  "description",
  "period_type",
  "valid_from",
  "valid_to",
  "status",
  "currency_code",
  "eligibility",
  "points_per_unit",
  "hold_overdue",
  "is_code_defined",
  "created_at",
  "updated_at",
  "rules.id",
  "rules.name",
  "rules.description",
  "rules.is_active",
  "rules.definition",
]

export const rewardAccrualFields = [
  "id",
  "dealer_id",
  "program_id",
  "rule_id",
  "period_key",
  "kind",
  "amount",
  "earned_to_date",
  "currency_code",
  "status",
  "explanation",
  "decided_at",
  "decided_by",
  "rejection_reason",
  "created_at",
]

/** The admin's ledger also names each entry's dealer (read-only link); the route adds its program and rule. */
export const adminRewardAccrualFields = [...rewardAccrualFields, "dealer.id", "dealer.code", "dealer.name"]

/** The accruals' bigNumber fields, answered as decimal strings. */
export const ACCRUAL_AMOUNTS = ["amount", "earned_to_date"]

export const walletEntryFields = ["id", "kind", "amount", "currency_code", "source_type", "source_id", "description", "created_at"]

export const rewardQueryConfig = {
  program: { defaults: rewardProgramFields, isList: false },
  programs: { defaults: rewardProgramFields, isList: true },
  adminAccruals: { defaults: adminRewardAccrualFields, isList: true },
  wallet: { defaults: walletEntryFields, isList: true },
  // A member asks for its own dealer's entries: no field beyond these (a link such as
  // `*dealer` would reach the dealer's parent and its terms).
  storeAccruals: { defaults: rewardAccrualFields, allowed: rewardAccrualFields, isList: true },
  storeWallet: { defaults: walletEntryFields, allowed: walletEntryFields, isList: true },
}
