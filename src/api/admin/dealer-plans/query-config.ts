export const dealerPlanFields = [
  "id",
  "dealer_id",
  "period_key",
  "currency_code",
  "target_amount",
  "target_order_count",
  "note",
  "created_at",
  "updated_at",
  "targets.id",
  "targets.target_type",
  "targets.target_id",
  "targets.metric",
  "targets.target_value",
  "targets.label",
]

export const adminDealerPlanQueryConfig = {
  retrieve: { defaults: dealerPlanFields, isList: false },
  list: { defaults: dealerPlanFields, isList: true },
}
