// Shapes of the plugin's admin API responses, as the admin extensions read them.

export type DealerRole = "distributor" | "dealer" | "sub_dealer"
export type DealerStatus = "applicant" | "active" | "suspended" | "terminated"
export type MemberRole = "owner" | "manager" | "buyer"
export type AgreementStatus = "draft" | "active" | "expired" | "terminated"
export type ApplicationStatus = "pending" | "approved" | "rejected"

export type DealerRef = { id: string; code: string; name: string; role?: DealerRole }

export type Tier = { id: string; name: string; rank: number }

export type Dealer = {
  id: string
  code: string
  name: string
  legal_name: string | null
  legal_type: "company" | "individual_entrepreneur"
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
  tier?: Tier | null
  created_at: string
  updated_at: string
}

export type ListResponse = { count: number; offset: number; limit: number }

export type DealerListResponse = ListResponse & { dealers: Dealer[] }

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

export type Agreement = {
  id: string
  dealer_id: string
  number: string
  version: number
  status: AgreementStatus
  valid_from: string
  valid_to: string | null
  conflict_policy: string
  payout_form: string
  discount_percent: number | string | null
  payment_terms_days: number
  credit_limit: number | string | null
  /** Goods subtotal (before tax and shipping) a cart must reach. */
  min_order_amount: number | string | null
  /** Carts may only hold products of the categories of the dealer's zones. */
  restrict_to_assortment: boolean
  /** Agreed prices per variant, with optional quantity tiers. */
  price_terms: AgreementPriceTerm[] | null
  activated_at: string | null
  terminated_at: string | null
  termination_reason: string | null
  is_in_force?: boolean
  created_at: string
}

export type AgreementPriceTerm = {
  variant_id: string
  amount: number | string
  min_quantity?: number | null
  max_quantity?: number | null
}

export type AgreementListResponse = ListResponse & { agreements: Agreement[] }

export type Zone = {
  id: string
  dealer_id: string
  territory_id: string
  is_exclusive: boolean
  starts_at: string
  ends_at: string | null
  note: string | null
  territory?: { id: string; code: string; name: string; type: string } | null
  categories?: {
    id: string
    product_category_id: string
    product_category?: { id: string; name: string; handle: string } | null
  }[]
}

export type ZoneListResponse = ListResponse & { zones: Zone[] }

export type DealerApplication = {
  id: string
  customer_id: string
  company_name: string
  legal_type: string
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

export type CustomerSummary = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  has_account?: boolean
}

export type TargetType = "product" | "category"
export type TargetMetric = "amount" | "quantity"

export type PlanTarget = {
  id: string
  target_type: TargetType
  target_id: string
  metric: TargetMetric
  target_value: number | string
  label: string | null
}

export type DealerPlan = {
  id: string
  dealer_id: string
  period_key: string
  currency_code: string
  target_amount: number | string
  target_order_count: number | null
  note: string | null
  targets?: PlanTarget[]
  created_at: string
  updated_at: string
}

export type DealerPlanListResponse = ListResponse & { plans: DealerPlan[] }

export type Deviation = {
  working_days_total: number
  working_days_elapsed: number
  expected_to_date: string
  actual_to_date: string
  /** actual − expected: negative when behind. */
  deviation: string
  deviation_percent: string | null
  attainment_percent: string | null
  projected: string
  projected_gap: string
}

export type TargetProgress = {
  /** The focus target's own id. */
  target_id: string
  plan_id: string
  target_type: TargetType
  /** The product or category id. */
  target_ref: string
  metric: TargetMetric
  target_value: string
  actual: string
  attainment_percent: string | null
}

export type DealerProgress = {
  dealer_id: string
  period: string
  as_of: string
  plan?: {
    /** null for a quarter or a year, which add several monthly plans up. */
    id: string | null
    currency_code: string
    target_amount: string
    target_order_count: number | null
  } | null
  actual: { amount: string; order_count: number; average_order_value: string | null }
  deviation: Deviation | null
  targets: TargetProgress[]
  sub_network: {
    dealer_count: number
    target_amount: string
    target_order_count: number
    actual_amount: string
    actual_order_count: number
    deviation: Deviation
  } | null
}

export type RankedDealerProgress = {
  /** code, name and role are null for a dealer deleted since it had a plan or sales. */
  dealer: {
    id: string
    code: string | null
    name: string | null
    role: DealerRole | null
    status?: DealerStatus | null
    currency_code?: string | null
    tier?: Tier | null
  }
  plan_id?: string | null
  currency_code?: string | null
  target_amount: string
  target_order_count?: number | null
  actual_amount: string
  expected_amount: string
  deviation: string
  deviation_percent: string | null
  attainment_percent: string | null
  actual_order_count: number
}

export type RankedProgressResponse = ListResponse & {
  period?: string
  as_of?: string
  working_days_total?: number
  working_days_elapsed?: number
  dealers: RankedDealerProgress[]
}

export type PlanImportError = { line: number; field: string | null; message: string }

export type PlanImportResult = {
  dry_run: boolean
  rows: number
  plans_created: number
  plans_updated: number
  targets: number
  errors: PlanImportError[]
}

export type DealerMembership = {
  id: string
  role: MemberRole
  customer_id: string
  dealer_id: string
  dealer?: { id: string; code: string; name: string; role: DealerRole; status: DealerStatus } | null
}

export type OrderDealerResponse = {
  dealer: DealerRef | null
  contributions: {
    id: string
    dealer: { id: string; code?: string; name?: string }
    cause: string
    source_id: string | null
    period_key: string
    occurred_at: string
    currency_code: string
    amount: string | number
    order_count: number
  }[]
}

export type AgeingBucket = "current" | "overdue_1_30" | "overdue_31_60" | "overdue_over_60"

/** What a dealer owes in one currency, aged by days overdue. Amounts are decimal strings. */
export type ReceivableBalance = {
  currency_code: string
  order_count: number
  outstanding: string
  overdue: string
  max_overdue_days: number
  oldest_due_at: string
} & Record<AgeingBucket, string>

export type ReceivableOrder = {
  order_id: string
  display_id: number
  currency_code: string
  placed_at: string
  due_at: string
  payment_terms_days: number
  total: string
  paid: string
  outstanding: string
  overdue_days: number
  bucket: AgeingBucket
}

export type DealerReceivables = {
  dealer_id: string
  /** The day ("YYYY-MM-DD") overdue days are counted to. */
  as_of: string
  /** The credit terms of the agreement in force, if any. */
  terms: {
    agreement_id?: string
    agreement_number: string
    payment_terms_days: number
    credit_limit: string | null
  } | null
  balances: ReceivableBalance[]
  /** Unpaid orders, oldest due first. */
  orders: ReceivableOrder[]
}

export type ReceivablesReportRow = ReceivableBalance & {
  dealer_id: string
  dealer: { id: string; code: string; name: string; status: DealerStatus } | null
}

export type ReceivablesReportResponse = ListResponse & {
  as_of: string
  receivables: ReceivablesReportRow[]
}

export type DealerPricingResult = {
  dealer_id: string
  price_list_id: string | null
  status: "active" | "draft"
  price_count: number
}

export type DealerSettings = {
  /** The sales channel where only members of active dealers may check out; null leaves the store open. */
  b2b_sales_channel_id: string | null
}

export type RewardKind = "money" | "marketing_points" | "event_credit"
export type AccrualStatus = "pending" | "held" | "approved" | "rejected"
export type PayoutForm = "receivable_offset" | "marketing_points" | "cash" | "next_period_discount"
export type PayoutStatus = "requested" | "approved" | "exported" | "paid" | "completed" | "canceled"

export type RewardRule = { id: string; name: string; description: string | null; is_active: boolean; definition: unknown }

export type RewardProgram = {
  id: string
  code: string
  name: string
  description: string | null
  period_type: "month" | "quarter" | "year"
  status: "draft" | "active" | "archived"
  currency_code: string
  hold_overdue: boolean
  is_code_defined: boolean
  rules: RewardRule[]
}

export type AccrualCondition = {
  metric: string
  focus_key?: string
  op: string
  value: string
  actual: string | null
  met: boolean
}

/** How the period close computed an accrual (src/lib/reward-rules.ts RuleExplanation, plus program and rule). */
export type AccrualExplanation = {
  program?: { id: string; code: string; name: string }
  rule?: { id: string; name: string }
  period?: string
  earned?: boolean
  conditions?: AccrualCondition[]
  base?: string
  measure?: string
  tier?: { index: number; from: string; rate_percent: string }
  bands?: { from: string; to: string | null; amount_in_band: string; rate_percent: string; reward: string }[]
  rate_percent?: string
  uncapped_amount?: string
  cap?: string
  capped?: boolean
}

export type RewardAccrual = {
  id: string
  dealer_id: string
  program_id: string
  rule_id: string
  period_key: string
  kind: RewardKind
  amount: string
  earned_to_date: string
  currency_code: string
  status: AccrualStatus
  explanation: AccrualExplanation
  rejection_reason: string | null
  created_at: string
}

export type WalletBalance = { kind: RewardKind; currency_code: string; balance: string }

export type WalletEntry = {
  id: string
  kind: RewardKind
  amount: string
  currency_code: string
  source_type: string
  source_id: string
  description: string | null
  created_at: string
}

export type DealerPayout = {
  id: string
  dealer_id: string
  form: PayoutForm
  amount: string
  currency_code: string
  status: PayoutStatus
  reference: string | null
  details: Record<string, unknown> | null
  created_at: string
}
