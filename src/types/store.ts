import type { CheckoutViolation, CheckoutViolationFigures, CreditPosition } from "../lib/checkout-rules"
import type { MonthCurvePoint } from "../lib/month-curve"
import type { RewardFacts } from "../lib/reward-rules"
import type {
  Agreement,
  ConflictKind,
  ConflictPolicy,
  ConflictResolution,
  ConflictStatus,
  Dealer,
  DealerApplication,
  DealerRef,
  DealerRole,
  DealerStatus,
  LegalType,
  MemberRole,
  PartnerLevel,
} from "./dealer-network"
import type { ListResponse } from "./http"
import type { AlertKind, AlertStatus, DealerProgress, Deviation, DeviationAlertFigures, TargetMetric, TargetType } from "./sales-plan"
import type { MaterialKind, MaterialRequestStatus, RegistrationStatus } from "./engagement"
import type { PayoutForm, PayoutStatus, RewardKind, RewardSimulation } from "./rewards"

export type { CheckoutViolation, CheckoutViolationFigures, DeviationAlertFigures, MonthCurvePoint }

// The store API as a storefront reads it: the query parameters and answers of
// the plugin's /store routes that had no shared type yet. The routes declare
// their answers with these types and the typed client (src/client) returns them.

/** A list's page as a store route takes it. */
export type StorePageQuery = { limit?: number; offset?: number }

/** One value of a filter, or several. */
export type OneOrMany<T> = T | T[]

// GET /store/dealers/me

export type StoreDealer = Pick<
  Dealer,
  | "id" | "code" | "name" | "legal_name" | "legal_type" | "role" | "status" | "tax_id" | "email" | "phone" | "website"
  | "address_line" | "city" | "province" | "postal_code" | "country_code" | "currency_code"
> & {
  parent: { code: string; name: string } | null
  tier: { name: string; rank: number; discount_percent: number | string; benefits: unknown } | null
  zones: {
    id: string
    is_exclusive: boolean
    starts_at: string
    ends_at: string | null
    territory: { name: string; type: string } | null
    categories: { product_category: { id: string; name: string } | null }[]
  }[]
}

export type StoreAgreementTerms = Pick<
  Agreement,
  "number" | "version" | "status" | "valid_from" | "valid_to" | "discount_percent" | "payment_terms_days" | "credit_limit" | "payout_form"
> & {
  min_monthly_turnover: number | string | null
  min_annual_turnover: number | string | null
  interaction_rules: unknown
  support_commitments: unknown
}

export type StoreDealerResponse = {
  dealer: StoreDealer
  membership: { id: string; role: MemberRole }
  agreement: StoreAgreementTerms | null
}

// GET /store/dealers/me/catalog

export type StoreCatalogQuery = StorePageQuery & {
  /** Words of a product's title or handle, or of a variant's title or SKU. */
  q?: string
  /** Products in these categories or below them. */
  category_id?: OneOrMany<string>
  /** Products with a variant of one of these SKUs (any case); the answer then says what became of each. */
  sku?: OneOrMany<string>
}

/** A dealer price from `min_quantity` units on (a quantity break), up to `max_quantity`. */
export type DealerPriceBreak = { amount: string; min_quantity: number | null; max_quantity: number | null }

export type StoreCatalogVariant = {
  id: string
  title: string | null
  sku: string | null
  /** The store's own price (no price list, no rules), before the dealer's terms. */
  list_price: string | null
  /** The dealer's prices, lowest quantity first; empty when its price list is not active. */
  prices: DealerPriceBreak[]
}

export type StoreCatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  categories: { id: string; name: string }[]
  variants: StoreCatalogVariant[]
}

/** What a SKU asked for became: a variant the dealer may order, one outside its assortment, or none the store sells. */
export type StoreCatalogSkuStatus = "found" | "outside_assortment" | "unknown"
export type StoreCatalogSkuMatch = { sku: string; status: StoreCatalogSkuStatus; variant_id: string | null }

export type StoreCatalogResponse = ListResponse & {
  currency_code: string
  /** Whether the dealer's zones limit its assortment to some categories. */
  restricted: boolean
  products: StoreCatalogProduct[]
  /** With `sku`: each SKU asked for (upper-cased), in the order asked. */
  skus?: StoreCatalogSkuMatch[]
}

// GET /store/dealers/me/orders

export const PAYMENT_STATES = ["unpaid", "partially_paid", "paid"] as const
export type PaymentState = (typeof PAYMENT_STATES)[number]

export type StoreOrdersQuery = StorePageQuery & {
  payment_state?: OneOrMany<PaymentState>
  /** Only orders past their due day and still unpaid. */
  overdue?: boolean
}

export type StoreDealerOrder = {
  order_id: string
  display_id: number
  currency_code: string
  placed_at: string
  /** Whether the caller placed it (another member of the dealer otherwise). */
  placed_by_me: boolean
  due_at: string
  payment_terms_days: number
  total: string
  paid: string
  outstanding: string
  payment_state: PaymentState
  overdue_days: number
}

export type StoreOrdersResponse = ListResponse & { as_of: string; orders: StoreDealerOrder[] }

// GET /store/dealers/me/tier

export type TierLevel = PartnerLevel & {
  min_turnover: string
  window_months: number
  discount_percent: string
  benefits: unknown
}

export type TierTurnover = { window_months: number; amount: string }

export type NextTierHint = {
  tier: TierLevel
  /** Turnover over the tier's window, up to this month. */
  turnover: string
  /** What is still to sell this month to reach the threshold. */
  missing: string
}

export type TierHistoryEntry = {
  id: string
  from_tier: PartnerLevel | null
  to_tier: PartnerLevel | null
  reason: "promotion" | "demotion"
  reviewed_period: string
  explanation: string | null
  created_at: string
}

export type StoreTierResponse = {
  currency_code: string
  /** The month the turnover runs up to ("YYYY-MM"), reviewed after it ends. */
  period: string
  tier: TierLevel | null
  /** Set by the admin: reviews keep the tier whatever the dealer sells. */
  pinned: boolean
  /** Every partner level, lowest rank first. */
  tiers: TierLevel[]
  turnover: TierTurnover[]
  next: NextTierHint | null
  /** Changes of the dealer's tier, newest first (up to 50). */
  history: TierHistoryEntry[]
}

// GET /store/dealers/me/alerts

export type StoreAlertsQuery = StorePageQuery & {
  status?: OneOrMany<AlertStatus>
  kind?: OneOrMany<AlertKind>
  period_key?: string
}

export type StoreDeviationAlert = {
  id: string
  period_key: string
  alert_date: string
  kind: AlertKind
  status: AlertStatus
  /** What the check measured, for a client to say in its own language and formats. */
  figures: DeviationAlertFigures
  /** The check's own sentence (English). */
  message: string
  cleared_at: string | null
  created_at: string
}

export type StoreAlertsResponse = ListResponse & { alerts: StoreDeviationAlert[] }

// GET /store/dealers/me/conflicts

export type StoreConflictsQuery = StorePageQuery & { status?: OneOrMany<ConflictStatus>; kind?: OneOrMany<ConflictKind> }

/** A conflict case about an order my dealer sold; the zone's owner is shown by name only. */
export type StoreConflictCase = {
  id: string
  order_id: string
  kind: ConflictKind
  status: ConflictStatus
  policy: ConflictPolicy
  split_share_percent: string | null
  resolution: ConflictResolution | null
  resolved_at: string | null
  amount: string
  currency_code: string
  created_at: string
  zone_owner_dealer: { code: string; name: string } | null
  territory: { code: string; name: string } | null
}

export type StoreConflictsResponse = ListResponse & { conflicts: StoreConflictCase[] }

// GET /store/dealers/me/progress and /plans

export type StoreProgressQuery = {
  /** A month "YYYY-MM", a quarter "YYYY-Qn" or a year "YYYY"; this month by default. */
  period?: string
  /** The day ("YYYY-MM-DD") the figures run to; today by default. */
  as_of?: string
}

/** A direct sub-dealer's plan, actual and deviation, as its parent's owners and managers see it. */
export type SubDealerProgress = {
  dealer: DealerRef & { role: DealerRole; status: DealerStatus }
  has_sub_network: boolean
  plan: { currency_code: string; target_amount: string; target_order_count: number | null } | null
  actual: { amount: string; order_count: number }
  deviation: Deviation | null
}

export type StoreProgressResponse = {
  progress: DealerProgress & {
    member_role: MemberRole
    sub_dealers: SubDealerProgress[] | null
    /** A month day by day (cumulative actual against the expected line); null for a quarter or a year. */
    curve: MonthCurvePoint[] | null
  }
}

export type StorePlansQuery = { period_from?: string; period_to?: string }

export type StorePlan = {
  id: string
  period_key: string
  currency_code: string
  target_amount: string
  target_order_count: number | null
  actual_amount: string
  actual_order_count: number
  attainment_percent: string | null
  targets: { id: string; target_type: TargetType; target_id: string; metric: TargetMetric; target_value: string; label: string | null }[]
}

export type StorePlansResponse = { dealer_id: string; period_from: string; period_to: string; plans: StorePlan[] }

// Other store routes' answers

/** A simulation as a member sees it: without the sub-network's sales for those who do not see the sub-network. */
export type StoreRewardSimulation = Omit<RewardSimulation, "facts"> & {
  facts: Omit<RewardFacts, "subNetworkSalesAmount"> & { subNetworkSalesAmount?: RewardFacts["subNetworkSalesAmount"] }
}

export type StoreRewardSimulationQuery = { period?: string; program_id?: string }
export type StoreRewardSimulationListResponse = { simulations: StoreRewardSimulation[] }

export type DealerCartCheck = {
  cart_id: string
  dealer_id: string | null
  agreement_number: string | null
  currency_code: string
  violations: CheckoutViolation[]
  credit: CreditPosition | null
  min_order_amount: string | null
  allowed: boolean
}

export type DealerCartCheckResponse = { dealer_check: DealerCartCheck }

export type StoreDealerApplication = Omit<DealerApplication, "customer_id" | "dealer_id" | "updated_at">
export type StoreDealerApplicationListResponse = { applications: StoreDealerApplication[] }
export type StoreDealerApplicationResponse = { application: StoreDealerApplication }

// Query parameters and bodies of the other store routes

export type StoreWalletQuery = StorePageQuery & { kind?: RewardKind }
export type StoreRewardAccrualsQuery = StorePageQuery & { period_key?: string; program_id?: string }
export type StorePayoutsQuery = StorePageQuery & { status?: OneOrMany<PayoutStatus>; form?: OneOrMany<PayoutForm> }
export type StoreEventsQuery = StorePageQuery
export type StoreEventRegistrationsQuery = StorePageQuery & { event_id?: string; status?: OneOrMany<RegistrationStatus> }
export type StoreRatingQuery = { period?: string }
export type StoreContestsQuery = StorePageQuery & { status?: OneOrMany<"running" | "closed"> }
export type StoreMaterialsQuery = StorePageQuery & { kind?: OneOrMany<MaterialKind> }
export type StoreMaterialRequestsQuery = StorePageQuery & { status?: OneOrMany<MaterialRequestStatus>; id?: OneOrMany<string> }

/** POST /store/dealers/me/event-registrations: seats at an event, paid from the wallet's event credit. */
export type StoreRegisterForEventBody = {
  event_id: string
  seats: number
  attendees?: { name: string; email?: string }[]
}

/** POST /store/dealers/me/material-requests: materials paid with marketing points. */
export type StoreRequestMaterialsBody = { lines: { material_id: string; quantity: number }[]; note?: string | null }

/** POST /store/dealer-applications */
export type StoreCreateDealerApplicationBody = {
  company_name: string
  legal_type?: LegalType
  requested_role?: DealerRole
  tax_id?: string | null
  email?: string
  phone?: string | null
  city?: string | null
  country_code?: string | null
  desired_territory_id?: string | null
  desired_region?: string | null
  expected_monthly_volume?: number | null
  currency_code?: string
  message?: string | null
}
