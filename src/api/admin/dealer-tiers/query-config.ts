export const adminDealerTierFields = [
  "id",
  "name",
  "rank",
  "min_turnover",
  "window_months",
  "discount_percent",
  "benefits",
  "description",
  "created_at",
  "updated_at",
]

export const adminDealerTierQueryConfig = {
  retrieve: { defaults: adminDealerTierFields, isList: false },
  list: { defaults: adminDealerTierFields, isList: true },
}
