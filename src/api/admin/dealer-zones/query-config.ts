export const adminDealerZoneFields = [
  "id",
  "dealer_id",
  "territory_id",
  "is_exclusive",
  "starts_at",
  "ends_at",
  "note",
  "created_at",
  "updated_at",
  "dealer.id",
  "dealer.code",
  "dealer.name",
  "territory.id",
  "territory.code",
  "territory.name",
  "territory.type",
  "categories.id",
  "categories.product_category_id",
  "categories.product_category.id",
  "categories.product_category.name",
  "categories.product_category.handle",
]

export const adminDealerZoneQueryConfig = {
  retrieve: { defaults: adminDealerZoneFields, isList: false },
  list: { defaults: adminDealerZoneFields, isList: true },
}
