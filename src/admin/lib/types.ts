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
export type ProgramPeriodType = "month" | "quarter" | "year"
export type ProgramStatus = "draft" | "active" | "archived"

/** What a condition, a tier measure or a base reads (src/lib/reward-rules.ts RewardMetric). */
export type RewardMetric =
  | "attainment_percent"
  | "sales_amount"
  | "focus_amount"
  | "focus_quantity"
  | "average_order_value"
  | "order_count"
  | "growth_percent"
  | "sub_network_amount"

/** A rule's JSON: conditions.all[], a fixed, rate or tiered reward, cap, kind, points_per_unit. */
export type RewardRuleDefinition = {
  conditions?: { all: { metric: RewardMetric; focus_key?: string; op: string; value: string }[] }
  reward:
    | { type: "fixed"; amount: string }
    | { type: "rate"; base: RewardMetric; focus_key?: string; rate_percent: string }
    | {
        type: "tiered"
        base: RewardMetric
        focus_key?: string
        measure?: RewardMetric
        focus_measure_key?: string
        mode: "retroactive" | "stepped"
        tiers: { from: string; rate_percent: string }[]
      }
  cap?: string
  kind?: RewardKind
  points_per_unit?: string
}

export type RewardRule = {
  id: string
  name: string
  description: string | null
  is_active: boolean
  definition: RewardRuleDefinition
}

export type RewardProgram = {
  id: string
  code: string
  name: string
  description: string | null
  period_type: ProgramPeriodType
  valid_from: string
  valid_to: string | null
  status: ProgramStatus
  currency_code: string
  eligibility: Record<string, string[] | undefined> | null
  points_per_unit: string | number
  hold_overdue: boolean
  /** Defined in code (plugin options): the admin API does not change it. */
  is_code_defined: boolean
  rules: RewardRule[]
  created_at: string
}

export type RewardProgramListResponse = ListResponse & { programs: RewardProgram[] }

export type AccrualCondition = {
  metric: RewardMetric
  focus_key?: string
  op: string
  value: string
  actual: string | null
  met: boolean
}

export type RewardBand = { from: string; to: string | null; amount_in_band: string; rate_percent: string; reward: string }

/** How a rule arrived at its reward (src/lib/reward-rules.ts RuleExplanation). */
export type RuleExplanation = {
  metrics?: Record<string, string | null>
  conditions?: AccrualCondition[]
  base?: string
  measure?: string
  tier?: { index: number; from: string; rate_percent: string }
  bands?: RewardBand[]
  rate_percent?: string
  uncapped_amount?: string
  cap?: string
  capped?: boolean
  points_per_unit?: string
  money_amount?: string
}

/** An accrual's explanation: the rule's workings plus the program, rule and period the close ran for. */
export type AccrualExplanation = RuleExplanation & {
  program?: { id: string; code: string; name: string }
  rule?: { id: string; name: string }
  period?: string
  earned?: boolean
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
  explanation: AccrualExplanation | null
  rejection_reason: string | null
  decided_at: string | null
  created_at: string
}

export type RewardAccrualListResponse = ListResponse & { accruals: RewardAccrual[] }

/** One program's part of a period close. */
export type PeriodCloseProgram = {
  program_id: string
  code: string
  participants: number
  accruals: number
  held: number
  released: number
}

export type PeriodCloseResult = { period: string; programs: PeriodCloseProgram[] }

export type TierHint = {
  measure: RewardMetric
  focus_key?: string
  current: string
  next_tier_from: string
  /** In the measure's unit (percent points for a percentage). */
  shortfall: string
  /** An attainment or growth measure: the sales that close the shortfall. */
  sales_shortfall?: string
  current_amount: string
  amount_at_next_tier: string
  additional_reward: string
}

export type ConditionShortfall = AccrualCondition & { shortfall: string | null; sales_shortfall?: string }

export type RewardHint = { next_tier: TierHint | null; unmet_conditions: ConditionShortfall[] }

export type SimulatedRule = {
  rule_id: string
  name: string
  earned: boolean
  amount: string
  kind: RewardKind
  explanation: RuleExplanation
  next: RewardHint | null
}

/** The dealer's figures for the period (src/lib/reward-rules.ts RewardFacts). */
export type RewardFacts = {
  dealerId: string
  currency: string
  salesAmount: string
  orderCount: number
  planTarget: string | null
  lastYearSalesAmount: string | null
  subNetworkSalesAmount: string
  focus: Record<string, { amount: string; quantity: string }>
}

export type RewardSimulation = {
  dealer_id: string
  period: string
  program: { id: string; code: string; name: string; currency_code: string }
  facts: RewardFacts
  rules: SimulatedRule[]
}

export type WalletBalance = { kind: RewardKind; currency_code: string; balance: string }

export type WalletEntry = {
  id: string
  kind: RewardKind
  amount: string
  currency_code: string
  source_type: "accrual" | "payout" | "payout_reversal" | "conversion"
  source_id: string
  description: string | null
  created_at: string
}

export type DealerWalletResponse = ListResponse & {
  wallet: { dealer_id: string; balances: WalletBalance[] }
  entries: WalletEntry[]
}

export type DealerPayout = {
  id: string
  dealer_id: string
  form: PayoutForm
  /** What left the wallet. */
  amount: string
  currency_code: string
  status: PayoutStatus
  /** The bank's reference of a paid cash payout. */
  reference: string | null
  note: string | null
  /** What the payout did: credit lines, points, the promotion code, a cancel reason. */
  details: {
    requested_amount?: string
    applied?: string
    remainder?: string
    credit_lines?: { order_id: string; display_id: number; amount: string }[]
    points?: string
    points_per_unit?: string
    code?: string
    month?: string
    cancel_reason?: string | null
    [key: string]: unknown
  } | null
  approved_at: string | null
  exported_at: string | null
  paid_at: string | null
  created_at: string
}

export type DealerPayoutListResponse = ListResponse & { payouts: DealerPayout[] }
