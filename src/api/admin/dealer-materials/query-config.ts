export const materialFields = [
  "id",
  "code",
  "title",
  "description",
  "kind",
  "image_url",
  "points_price",
  "stock",
  "tier_ids",
  "is_active",
  "created_at",
  "updated_at",
]

const lineFields = ["id", "material_id", "code", "title", "quantity", "points_each", "points_total"].map((field) => `lines.${field}`)

export const materialRequestFields = [
  "id",
  "dealer_id",
  "status",
  "total_points",
  "currency_code",
  "shipping_address",
  "contact",
  "note",
  "requested_by",
  "shipped_at",
  "tracking_note",
  "rejected_at",
  "rejection_reason",
  "cancelled_at",
  "created_at",
  "updated_at",
  ...lineFields,
]

/** What a dealer's member sees of its requests: not which member placed each (another customer's id). */
export const storeMaterialRequestFields = materialRequestFields.filter((field) => field !== "requested_by")

export const materialQueryConfig = {
  retrieve: { defaults: materialFields, isList: false },
  list: { defaults: materialFields, isList: true },
  store: { defaults: materialFields, allowed: materialFields, isList: true },
  // The admin's requests also name their dealer (read-only link).
  requests: { defaults: [...materialRequestFields, "dealer.id", "dealer.code", "dealer.name"], isList: true },
  request: { defaults: [...materialRequestFields, "dealer.id", "dealer.code", "dealer.name"], isList: false },
  storeRequests: { defaults: storeMaterialRequestFields, allowed: storeMaterialRequestFields, isList: true },
  storeRequest: { defaults: storeMaterialRequestFields, allowed: storeMaterialRequestFields, isList: false },
}
