export const adminDealerAlertFields = [
  "id",
  "dealer_id",
  "period_key",
  "alert_date",
  "kind",
  "status",
  "figures",
  "message",
  "cleared_at",
  "created_at",
  "updated_at",
]

export const adminDealerAlertQueryConfig = {
  list: { defaults: adminDealerAlertFields, isList: true },
}

export const adminDealerTierChangeFields = [
  "id",
  "dealer_id",
  "from_tier_id",
  "to_tier_id",
  "reason",
  "figures",
  "reviewed_period",
  "created_at",
]

export const adminDealerTierChangeQueryConfig = {
  list: { defaults: adminDealerTierChangeFields, isList: true },
}
