export const adminDealerTerritoryFields = [
  "id",
  "code",
  "name",
  "type",
  "country_code",
  "province",
  "postal_prefixes",
  "depth",
  "parent_id",
  "created_at",
  "updated_at",
  "parent.id",
  "parent.code",
  "parent.name",
  "parent.type",
]

export const adminDealerTerritoryQueryConfig = {
  retrieve: { defaults: adminDealerTerritoryFields, isList: false },
  list: { defaults: adminDealerTerritoryFields, isList: true },
}
