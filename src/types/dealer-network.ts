import type { ListResponse } from "./http"
import type { PayoutForm } from "./rewards"

// The dealer network's enums (each declared once: models, validators, lib and
// the admin read them from here), its module DTOs and its admin API shapes.

export const DEALER_ROLES = ["distributor", "dealer", "sub_dealer"] as const
export type DealerRole = (typeof DEALER_ROLES)[number]

export const DEALER_STATUSES = ["applicant", "active", "suspended", "terminated"] as const
export type DealerStatus = (typeof DEALER_STATUSES)[number]

export const LEGAL_TYPES = ["company", "individual_entrepreneur"] as const
export type LegalType = (typeof LEGAL_TYPES)[number]

export const MEMBER_ROLES = ["owner", "manager", "buyer"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const TERRITORY_TYPES = ["country", "region", "city"] as const
export type TerritoryType = (typeof TERRITORY_TYPES)[number]

export const AGREEMENT_STATUSES = ["draft", "active", "expired", "terminated"] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const CONFLICT_POLICIES = ["credit_zone_owner", "split", "keep_seller", "manual_review"] as const
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number]

/** An agreement's terms: what a new version copies and what the admin API answers beside the version's own fields. */
export const AGREEMENT_TERMS = [
  "min_monthly_turnover",
  "min_annual_turnover",
  "min_monthly_quantity",
  "interaction_rules",
  "price_list_id",
  "discount_percent",
  "payment_terms_days",
  "credit_limit",
  "min_order_amount",
  "restrict_to_assortment",
  "price_terms",
  "conflict_policy",
  "split_share_percent",
  "support_commitments",
  "payout_form",
  "reward_program_ids",
  "metadata",
] as const

export const CONFLICT_KINDS = ["foreign_exclusive_zone", "outside_assortment"] as const
export type ConflictKind = (typeof CONFLICT_KINDS)[number]

export const CONFLICT_STATUSES = ["open", "resolved"] as const
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number]

export const CONFLICT_RESOLUTIONS = ["credit_zone_owner", "split", "keep_seller"] as const
export type ConflictResolution = (typeof CONFLICT_RESOLUTIONS)[number]

export const APPLICATION_STATUSES = ["pending", "approved", "rejected"] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

type DateInput = Date
type AmountInput = number

export type DealerTreeRow = {
  id: string
  parent_id: string | null
  depth: number
  code: string
  name: string
  role: DealerRole
  status: DealerStatus
  tier_id: string | null
}

export type CreateDealerInput = {
  code: string
  name: string
  legal_name?: string | null
  legal_type?: LegalType
  role?: DealerRole
  status?: DealerStatus
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
  /** A move within the same country, under a territory of a higher type. */
  parent_id?: string | null
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

/**
 * The manufacturer's obligations under an agreement. Other keys (older
 * contracts' own) are kept as they are.
 */
export type SupportCommitments = {
  /** Product trainings for the dealer's staff each year. */
  trainings_per_year?: number | null
  /** Marketing materials supplied (catalogues, displays, samples), in words. */
  materials?: string | null
  /** The manufacturer's yearly co-funded marketing budget, in the dealer's currency. */
  co_marketing_budget?: number | string | null
  /** The manufacturer's share of each co-funded marketing spend. */
  co_marketing_share_percent?: number | string | null
  /** Whether the dealer's share of an event's cost may come from its money balance. */
  event_share_from_money?: boolean | null
  [key: string]: unknown
}

export type AgreementTermsInput = {
  valid_to?: DateInput | null
  min_monthly_turnover?: AmountInput | null
  min_annual_turnover?: AmountInput | null
  min_monthly_quantity?: number | null
  interaction_rules?: string | null
  price_list_id?: string | null
  discount_percent?: AmountInput
  payment_terms_days?: number
  credit_limit?: AmountInput | null
  min_order_amount?: AmountInput | null
  restrict_to_assortment?: boolean
  price_terms?: PriceTerm[] | null
  conflict_policy?: ConflictPolicy
  split_share_percent?: AmountInput | null
  support_commitments?: SupportCommitments | null
  payout_form?: PayoutForm
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

// Admin API shapes

export type DealerRef = { id: string; code: string; name: string; role?: DealerRole }

/** A territory as lists and figures name it. */
export type TerritoryRef = { id: string; code: string; name: string; type: TerritoryType }

/** A partner level (the `Tier` model): Bronze, Silver, Gold… */
export type PartnerLevel = { id: string; name: string; rank: number }

/** A partner level with its qualification rule, as `/admin/dealer-tiers` answers it. */
export type Tier = PartnerLevel & {
  /** Turnover over the trailing `window_months` a dealer must reach, in its own currency. */
  min_turnover: number | string
  window_months: number
  discount_percent: number | string
  benefits: Record<string, unknown> | null
  description: string | null
}

export type TierListResponse = ListResponse & { tiers: Tier[] }
export type TierResponse = { tier: Tier }

/** Body of POST /admin/dealer-tiers and /admin/dealer-tiers/:id. */
export type TierInput = {
  name: string
  rank: number
  min_turnover: number
  window_months: number
  discount_percent: number
  benefits: Record<string, unknown> | null
  description: string | null
}

/** POST /admin/dealer-tiers/review: the dealers whose tier changed in the reviewed month. */
export type TierReviewResponse = {
  period: string
  reviewed: number
  changes: unknown[]
}

export type Territory = {
  id: string
  code: string
  name: string
  type: TerritoryType
  country_code: string
  province: string | null
  postal_prefixes: string[]
  depth: number
  parent_id: string | null
  parent?: { id: string; code: string; name: string; type: TerritoryType } | null
}

export type TerritoryListResponse = ListResponse & { territories: Territory[] }
export type TerritoryResponse = { territory: Territory }
/** GET /admin/dealer-territories/match: the most specific territory holding the address. */
export type TerritoryMatchResponse = { territory: Territory | null }

export type Dealer = {
  id: string
  code: string
  name: string
  legal_name: string | null
  legal_type: LegalType
  role: DealerRole
  status: DealerStatus
  tax_id: string | null
  email: string | null
  phone: string | null
  website: string | null
  address_line: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  currency_code: string
  customer_group_id: string | null
  /** The dealer's own Medusa price list, kept by the plugin from its agreement and tier. */
  price_list_id: string | null
  parent_id: string | null
  tier_id: string | null
  tier_pinned: boolean
  parent?: DealerRef | null
  tier?: PartnerLevel | null
  created_at: string
  updated_at: string
}

export type DealerListResponse = ListResponse & { dealers: Dealer[] }
export type DealerResponse = { dealer: Dealer }

export type DealerTreeNode = {
  id: string
  parent_id: string | null
  code: string
  name: string
  role: DealerRole
  status: DealerStatus
  depth: number
  tier_id: string | null
  children: DealerTreeNode[]
}

export type DealerTreeResponse = {
  tree: DealerTreeNode | null
  /** Nearest first: the parent, then the grandparent, up to the root. */
  ancestors: Omit<DealerTreeNode, "children">[]
  size: number
}

export type DealerMember = {
  id: string
  role: MemberRole
  customer_id: string
  dealer_id: string
  created_at: string
  customer?: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    phone?: string | null
  } | null
}

export type DealerMemberListResponse = ListResponse & { members: DealerMember[] }
export type DealerMemberResponse = { member: DealerMember }

export type Agreement = {
  id: string
  dealer_id: string
  number: string
  version: number
  status: AgreementStatus
  valid_from: string
  valid_to: string | null
  supersedes_id: string | null
  min_monthly_turnover: number | string | null
  min_annual_turnover: number | string | null
  min_monthly_quantity: number | null
  interaction_rules: string | null
  /** The Medusa price list whose prices are the dealer's base before its discount. */
  price_list_id: string | null
  conflict_policy: ConflictPolicy
  /** The selling dealer's share when the conflict policy is "split". */
  split_share_percent: number | string | null
  support_commitments: SupportCommitments | null
  payout_form: PayoutForm
  /** The reward programs the dealer takes part in under this version. */
  reward_program_ids: string[]
  discount_percent: number | string | null
  payment_terms_days: number
  credit_limit: number | string | null
  /** Goods subtotal (before tax and shipping) a cart must reach. */
  min_order_amount: number | string | null
  /** Carts may only hold products of the categories of the dealer's zones. */
  restrict_to_assortment: boolean
  /** Agreed prices per variant, with optional quantity breaks. */
  price_terms: PriceTerm[] | null
  activated_at: string | null
  terminated_at: string | null
  termination_reason: string | null
  is_in_force?: boolean
  created_at: string
  dealer?: { id: string; code: string; name: string; status: DealerStatus } | null
}

export type AgreementListResponse = ListResponse & { agreements: Agreement[] }
export type AgreementResponse = { agreement: Agreement }

export type Zone = {
  id: string
  dealer_id: string
  territory_id: string
  is_exclusive: boolean
  starts_at: string
  ends_at: string | null
  note: string | null
  dealer?: DealerRef | null
  territory?: { id: string; code: string; name: string; type: TerritoryType } | null
  categories?: {
    id: string
    product_category_id: string
    product_category?: { id: string; name: string; handle: string } | null
  }[]
}

export type ZoneListResponse = ListResponse & { zones: Zone[] }

/** A zone that overlaps another dealer's zone in place, assortment and time while either is exclusive. */
export type ZoneOverlap = {
  zone_id: string
  other_zone_id: string
  other_dealer_id: string
  other_dealer_code: string
  other_territory_name: string
}

/** GET /admin/dealer-zones/overlaps: each overlapping pair from both sides. */
export type ZoneOverlapListResponse = { overlaps: ZoneOverlap[] }
export type ZoneResponse = { zone: Zone }

export type DealerApplication = {
  id: string
  customer_id: string
  company_name: string
  legal_type: LegalType
  requested_role: DealerRole
  tax_id: string | null
  email: string
  phone: string | null
  city: string | null
  country_code: string | null
  desired_region: string | null
  expected_monthly_volume: number | string | null
  currency_code: string
  message: string | null
  status: ApplicationStatus
  review_note: string | null
  reviewed_at: string | null
  dealer_id: string | null
  created_at: string
  customer?: { id: string; email: string | null } | null
}

export type DealerApplicationListResponse = ListResponse & { applications: DealerApplication[] }
export type DealerApplicationResponse = { application: DealerApplication }
/** An approved application, the dealer it created and that dealer's draft agreement. */
export type ApprovedApplicationResponse = DealerApplicationResponse & { dealer: Dealer; agreement: Agreement }

export type CustomerSummary = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  has_account?: boolean
}

export type DealerMembership = {
  id: string
  role: MemberRole
  customer_id: string
  dealer_id: string
  dealer?: { id: string; code: string; name: string; role: DealerRole; status: DealerStatus } | null
}

export type DealerMembershipListResponse = ListResponse & { members: DealerMembership[] }

export type DealerPricingResult = {
  dealer_id: string
  price_list_id: string | null
  status: "active" | "draft"
  price_count: number
}

export type DealerPricingResponse = { pricing: DealerPricingResult }

export type DealerSettings = {
  /** The sales channel where only members of active dealers may check out; null leaves the store open. */
  b2b_sales_channel_id: string | null
}

export type DealerSettingsResponse = { settings: DealerSettings }

/** A channel conflict case (GET /admin/dealer-conflicts, …/:id). Amounts are decimal strings. */
export type DealerConflict = {
  id: string
  order_id: string
  kind: ConflictKind
  status: ConflictStatus
  policy: ConflictPolicy
  split_share_percent: string | null
  resolution: ConflictResolution | null
  /** An admin user's id, or "policy" when the agreement's policy resolved it. */
  resolved_by: string | null
  resolved_at: string | null
  note: string | null
  /** The seller's credit for the order when the case was opened. */
  amount: string
  currency_code: string
  seller_dealer: { id: string; code: string; name: string }
  zone_owner_dealer: { id: string; code: string; name: string } | null
  territory: { id: string; code: string; name: string } | null
  created_at: string
}

/** The plan entries a resolution wrote (…/:id and the resolve answer). */
export type DealerConflictDetail = DealerConflict & {
  contributions: { id: string; dealer_id: string; period_key: string; amount: string; currency_code: string; order_count: number }[]
}

export type DealerConflictListResponse = ListResponse & { conflicts: DealerConflict[] }
export type DealerConflictResponse = { conflict: DealerConflictDetail }

/** POST /admin/dealer-conflicts/:id/resolve */
export type ResolveDealerConflictInput = {
  resolution: ConflictResolution
  split_share_percent?: number | null
  note?: string | null
}
