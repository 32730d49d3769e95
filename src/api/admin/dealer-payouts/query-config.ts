export const payoutFields = [
  "id",
  "dealer_id",
  "form",
  "amount",
  "currency_code",
  "status",
  "reference",
  "note",
  "details",
  "approved_at",
  "exported_at",
  "paid_at",
  "batch_id",
  "bank_account",
  "created_at",
  "updated_at",
]

/** What a dealer's member sees of its payouts: not the admin's note, nor the full account number. */
export const storePayoutFields = payoutFields.filter((field) => field !== "note" && field !== "bank_account")

export const payoutQueryConfig = {
  retrieve: { defaults: payoutFields, isList: false },
  // The admin's lists also name each payout's dealer (read-only link).
  list: { defaults: [...payoutFields, "dealer.id", "dealer.code", "dealer.name"], isList: true },
  store: { defaults: storePayoutFields, allowed: storePayoutFields, isList: true },
}
