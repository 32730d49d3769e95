import type { PaidToAccount } from "./payout-batches"
import type { DealerRef } from "./dealer-network"
import type { RewardFacts, RewardHint, RewardRuleDefinition, RuleExplanation } from "../lib/reward-rules"
import type { ListResponse } from "./http"

// Rewards' enums (each declared once), module DTOs and admin API shapes. The
// rule JSON and its evaluation are pure domain code (src/lib/reward-rules.ts);
// their types are part of the API, so they are readable from here too.
export type {
  ConditionResult,
  ConditionShortfall,
  NextBandHint,
  RewardBand,
  RewardFacts,
  RewardHint,
  RewardRuleDefinition,
  RuleExplanation,
} from "../lib/reward-rules"

export const REWARD_KINDS = ["money", "marketing_points", "event_credit"] as const
/** money and event_credit are amounts in the facts' currency; marketing_points are whole points. */
export type RewardKind = (typeof REWARD_KINDS)[number]

export const ACCRUAL_STATUSES = ["pending", "held", "approved", "rejected"] as const
export type AccrualStatus = (typeof ACCRUAL_STATUSES)[number]

export const PAYOUT_FORMS = ["receivable_offset", "marketing_points", "cash", "next_period_discount"] as const
export type PayoutForm = (typeof PAYOUT_FORMS)[number]

export const PAYOUT_STATUSES = ["requested", "approved", "exported", "paid", "completed", "canceled"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

export const PROGRAM_PERIOD_TYPES = ["month", "quarter", "year"] as const
export type ProgramPeriodType = (typeof PROGRAM_PERIOD_TYPES)[number]

export const PROGRAM_STATUSES = ["draft", "active", "archived"] as const
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number]

export const WALLET_SOURCES = [
  "accrual",
  "payout",
  "payout_reversal",
  "conversion",
  // A dealer's share of an event's cost (source: the registration), and its refund.
  "event_registration",
  "event_refund",
  // Marketing points spent on a material request (source: the request), and given back when it is rejected or cancelled.
  "material_request",
  "material_refund",
] as const
export type WalletSource = (typeof WALLET_SOURCES)[number]

export const IDEMPOTENCY_KEY_STATUSES = ["in_progress", "completed"] as const
export type IdempotencyKeyStatus = (typeof IDEMPOTENCY_KEY_STATUSES)[number]

/**
 * What a condition or a reward band looks at. `sub_network_amount` leaves the
 * dealer's own sales out, so a distributor override (a rate or bands on that
 * base) never counts a sale twice on one level: the seller's own rules reward
 * it once, the override once more one level up.
 */
export const REWARD_METRICS = [
  "attainment_percent",
  "sales_amount",
  "focus_amount",
  "focus_quantity",
  "average_order_value",
  "order_count",
  "growth_percent",
  "sub_network_amount",
] as const
export type RewardMetric = (typeof REWARD_METRICS)[number]

/** The amounts a rate or reward bands apply to. */
export const REWARD_BASES = ["sales_amount", "focus_amount", "sub_network_amount"] as const
export type RewardBase = (typeof REWARD_BASES)[number]

export const COMPARISON_OPS = ["gte", "gt", "lte", "lt", "eq"] as const
export type ComparisonOp = (typeof COMPARISON_OPS)[number]

/** What a period close found a rule gives a dealer for the period so far. */
export type EarnedReward = {
  dealer_id: string
  rule_id: string
  kind: RewardKind
  currency_code: string
  earned_to_date: string
  explanation: Record<string, unknown>
  /** Held (not pending) because the dealer's receivables are overdue. */
  held: boolean
}

export type WalletMovement = {
  dealer_id: string
  kind: RewardKind
  /** Signed: negative leaves the wallet. */
  amount: string
  currency_code: string
  source_type: WalletSource
  source_id: string
  description?: string
}

export type WalletBalance = { kind: RewardKind; currency_code: string; balance: string }

// Admin API shapes

export type RewardRule = {
  id: string
  name: string
  description: string | null
  is_active: boolean
  definition: RewardRuleDefinition
}

export type RewardRuleResponse = { rule: RewardRule }

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
export type RewardProgramResponse = { program: RewardProgram }

/** An accrual's explanation: the rule's workings plus the program, rule and period the close ran for. */
export type AccrualExplanation = RuleExplanation & {
  program?: { id: string; code: string; name: string }
  rule?: { id: string; name: string }
  period?: string
  earned?: boolean
  /** A contest's prize (program_id = the contest): how it was won. */
  contest?: { id: string; title: string; metric: string; rank: number | null; metric_value: string | null; tie_rule: string }
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
export type ApprovedAccrualsResponse = { approved: string[]; skipped: string[] }
export type RejectedAccrualsResponse = { rejected: string[]; skipped: string[] }

/** The admin's ledger names each entry's dealer, program and rule. */
export type AdminRewardAccrual = RewardAccrual & {
  dealer: DealerRef | null
  program: { id: string; code: string; name: string } | null
  rule: { id: string; name: string } | null
}

export type AdminRewardAccrualListResponse = ListResponse & { accruals: AdminRewardAccrual[] }

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
export type PeriodCloseResponse = { close: PeriodCloseResult }

export type SimulatedRule = {
  rule_id: string
  name: string
  earned: boolean
  amount: string
  kind: RewardKind
  explanation: RuleExplanation
  next: RewardHint | null
}

export type RewardSimulation = {
  dealer_id: string
  period: string
  program: { id: string; code: string; name: string; currency_code: string }
  facts: RewardFacts
  rules: SimulatedRule[]
}

export type RewardSimulationResponse = { simulation: RewardSimulation }

export type WalletEntry = {
  id: string
  kind: RewardKind
  amount: string
  currency_code: string
  source_type: WalletSource
  source_id: string
  description: string | null
  created_at: string
  /** What the entry came from, in the terms a person reads (see src/queries/wallet-statement.ts). */
  source: WalletEntrySource
}

/** Each field is null (or empty) unless the entry's source type has it. */
export type WalletEntrySource = {
  /** A payout or its reversal: the form, the orders a receivable offset credited, the promotion code of a discount. */
  payout_form: PayoutForm | null
  order_numbers: number[]
  promotion_code: string | null
  /** An approved reward: its program and period, or the contest it was a prize of. */
  program: string | null
  period: string | null
  contest: string | null
  /** Event seats: the event and how many seats. */
  event: string | null
  seats: number | null
  /** A marketing materials request: the materials' titles. */
  materials: string[]
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
  /** The bank file a cash payout went out in. */
  batch_id?: string | null
  /** The account a cash payout was sent to (admin only). */
  bank_account?: PaidToAccount | null
  created_at: string
}

export type DealerPayoutListResponse = ListResponse & { payouts: DealerPayout[] }
export type DealerPayoutResponse = { payout: DealerPayout }
