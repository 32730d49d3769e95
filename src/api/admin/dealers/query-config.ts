/** A dealer's own profile, as its members may see it too. */
export const dealerProfileFields = [
  "id",
  "code",
  "name",
  "legal_name",
  "legal_type",
  "role",
  "status",
  "tax_id",
  "email",
  "phone",
  "website",
  "address_line",
  "city",
  "province",
  "postal_code",
  "country_code",
  "currency_code",
]

export const adminDealerFields = [
  ...dealerProfileFields,
  "customer_group_id",
  "price_list_id",
  "tier_pinned",
  "parent_id",
  "tier_id",
  "metadata",
  "created_at",
  "updated_at",
  "parent.id",
  "parent.code",
  "parent.name",
  "parent.role",
  "tier.id",
  "tier.name",
  "tier.rank",
]

export const adminDealerQueryConfig = {
  retrieve: { defaults: adminDealerFields, isList: false },
  list: { defaults: adminDealerFields, isList: true },
}

export const adminDealerMemberFields = [
  "id",
  "role",
  "customer_id",
  "dealer_id",
  "created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
]

export const adminDealerMemberQueryConfig = {
  list: { defaults: adminDealerMemberFields, isList: true },
}

export const bankAccountFields = ["id", "dealer_id", "holder", "iban", "bic", "bank_name", "is_default", "created_at", "updated_at"]

export const bankAccountQueryConfig = {
  list: { defaults: bankAccountFields, allowed: bankAccountFields, isList: true },
}
