export const dealerApplicationFields = [
  "id",
  "customer_id",
  "company_name",
  "legal_type",
  "requested_role",
  "tax_id",
  "email",
  "phone",
  "city",
  "country_code",
  "desired_territory_id",
  "desired_region",
  "expected_monthly_volume",
  "currency_code",
  "message",
  "status",
  "review_note",
  "reviewed_at",
  "dealer_id",
  "created_at",
  "updated_at",
]

export const adminDealerApplicationQueryConfig = {
  retrieve: {
    defaults: [...dealerApplicationFields, "customer.id", "customer.email", "customer.first_name", "customer.last_name"],
    isList: false,
  },
  list: {
    defaults: [...dealerApplicationFields, "customer.id", "customer.email"],
    isList: true,
  },
}
