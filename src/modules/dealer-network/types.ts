import type { DealerRole } from "../../lib/dealer-hierarchy"
import type { TerritoryType } from "../../lib/territory-hierarchy"

type DateInput = Date
type AmountInput = number

export type DealerTreeRow = {
  id: string
  parent_id: string | null
  depth: number
  code: string
  name: string
  role: DealerRole
  status: string
  tier_id: string | null
}

export type CreateDealerInput = {
  code: string
  name: string
  legal_name?: string | null
  legal_type?: "company" | "individual_entrepreneur"
  role?: DealerRole
  status?: "applicant" | "active" | "suspended" | "terminated"
  tax_id?: string | null
  email?: string | null
  phone?: string | null
  website?: string | null
  address_line?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  currency_code?: string
  customer_group_id?: string | null
  parent_id?: string | null
  tier_id?: string | null
  tier_pinned?: boolean
  metadata?: Record<string, unknown> | null
}

export type UpdateDealerInput = Partial<CreateDealerInput>

export type CreateTerritoryInput = {
  code: string
  name: string
  type: TerritoryType
  parent_id?: string | null
  country_code?: string
  province?: string | null
  postal_prefixes?: string[]
}

export type UpdateTerritoryInput = {
  code?: string
  name?: string
  province?: string | null
  postal_prefixes?: string[]
}

export type PostalAddress = {
  country_code: string
  province?: string | null
  postal_code?: string | null
}

export type CreateZoneInput = {
  dealer_id: string
  territory_id: string
  is_exclusive?: boolean
  starts_at: DateInput
  ends_at?: DateInput | null
  note?: string | null
  product_category_ids?: string[]
}

export type UpdateZoneInput = Partial<Omit<CreateZoneInput, "dealer_id">>

/** An agreed price of a variant in the dealer's currency, from a quantity on when min_quantity is set. */
export type PriceTerm = {
  variant_id: string
  amount: number | string
  min_quantity?: number | null
  max_quantity?: number | null
}

export type AgreementTermsInput = {
  valid_to?: DateInput | null
  min_monthly_turnover?: AmountInput | null
  min_annual_turnover?: AmountInput | null
  interaction_rules?: string | null
  price_list_id?: string | null
  discount_percent?: AmountInput
  payment_terms_days?: number
  credit_limit?: AmountInput | null
  min_order_amount?: AmountInput | null
  restrict_to_assortment?: boolean
  price_terms?: PriceTerm[] | null
  conflict_policy?: "credit_zone_owner" | "split" | "keep_seller" | "manual_review"
  split_share_percent?: AmountInput | null
  support_commitments?: Record<string, unknown> | null
  payout_form?: "receivable_offset" | "marketing_points" | "cash" | "next_period_discount"
  reward_program_ids?: string[]
  metadata?: Record<string, unknown> | null
}

export type CreateAgreementInput = AgreementTermsInput & {
  dealer_id: string
  number?: string
  valid_from: DateInput
}

export type AgreementVersionInput = AgreementTermsInput & {
  effective_from: DateInput
}
