import type { ListResponse } from "./http"
import type { DealerRole } from "./dealer-network"

// Engagement's enums (each declared once), module DTOs and API shapes: events
// and their registrations, with the dealer's share of the cost.

export const EVENT_TYPES = [
  "conference",
  "webinar",
  "training_onsite",
  "training_remote",
  "master_class",
  "product_launch",
  "informal",
] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** draft → published → completed, or cancelled (from draft or published). */
export const EVENT_STATUSES = ["draft", "published", "completed", "cancelled"] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const REGISTRATION_STATUSES = ["registered", "cancelled"] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

export const ATTENDANCE_VALUES = ["attended", "no_show"] as const
export type Attendance = (typeof ATTENDANCE_VALUES)[number]

/**
 * Who may register. Empty lists = every active dealer. A dealer named in
 * `dealer_ids` is in; otherwise it must match every list that is not empty.
 */
export type EventAudience = {
  roles?: DealerRole[]
  tier_ids?: string[]
  territory_ids?: string[]
  dealer_ids?: string[]
}

/**
 * The key of an agreement's `support_commitments` that lets the dealer's share
 * of an event's cost be paid from its money balance once its event credit is
 * spent. Without it (or false) only event credit pays.
 */
export const EVENT_SHARE_FROM_MONEY = "event_share_from_money"

export type EventAttendee = { name: string; email?: string }

export type DealerEvent = {
  id: string
  type: EventType
  title: string
  description: string | null
  starts_at: string
  ends_at: string
  location: string | null
  link: string | null
  capacity: number
  registration_deadline: string
  cancellation_deadline: string
  audience: EventAudience
  status: EventStatus
  product_ids: string[]
  category_ids: string[]
  currency_code: string
  cost_per_seat: string
  dealer_share_percent: string
  published_at: string | null
  cancelled_at: string | null
  /** Seats of the registrations not cancelled. */
  seats_taken: number
  created_at: string
  updated_at: string
}

export type EventRegistration = {
  id: string
  event_id: string
  dealer_id: string
  seats: number
  attendees: EventAttendee[]
  status: RegistrationStatus
  /** The dealer's share of the seats' cost, and how it was paid. */
  share_amount: string
  paid_event_credit: string
  paid_money: string
  /** Whether the share went back to the wallet on cancellation. */
  refunded: boolean
  attendance: Attendance | null
  cancelled_at: string | null
  created_at: string
  /** Admin lists: the registration's dealer, and (a dealer's list) its event. */
  dealer?: { id: string; code: string; name: string } | null
  event?: Pick<DealerEvent, "id" | "title" | "type" | "status" | "starts_at" | "ends_at" | "currency_code"> | null
}

/** The manufacturer's view of one event's cost. */
export type EventCostSummary = {
  event_id: string
  currency_code: string
  seats_taken: number
  cost: string
  dealers_paid: string
  manufacturer_paid: string
  attended: number
  no_show: number
}

export type DealerEventResponse = { event: DealerEvent }
export type DealerEventListResponse = { events: DealerEvent[] } & ListResponse
export type EventRegistrationResponse = { registration: EventRegistration }
export type EventRegistrationListResponse = { registrations: EventRegistration[] } & ListResponse
/** POST /admin/dealer-events (and its changes): dates as ISO strings, amounts as decimal strings. */
export type DealerEventInput = {
  type: EventType
  title: string
  description?: string | null
  starts_at: string
  ends_at: string
  location?: string | null
  link?: string | null
  capacity: number
  registration_deadline: string
  cancellation_deadline: string
  audience?: EventAudience
  product_ids?: string[]
  category_ids?: string[]
  currency_code: string
  cost_per_seat: string
  dealer_share_percent: number
}
export type EventCostSummaryResponse = { cost_summary: EventCostSummary }

// ——— Sub-dealer sales contests ———

/**
 * What a contest ranks its participants by, over its days (start and end day
 * included, in the plugin's time zone), from the plan ledger:
 * - sales_amount: the sum of the dealer's contributions (returns and cancellations net);
 * - focus_quantity / focus_amount: the lines of one focus product or category (its subtree);
 * - attainment_percent: sales ÷ the plan target of the days (each month's plan × the share of
 *   its days inside the contest) × 100; no plan, no figure;
 * - growth_percent: (sales − sales of the same dates a year earlier) ÷ the latter × 100;
 *   no sales a year earlier, no figure;
 * - new_customer_orders: orders (net of cancellations) from customers who had bought nothing
 *   credited to the dealer before the contest started.
 */
export const CONTEST_METRICS = [
  "sales_amount",
  "focus_quantity",
  "focus_amount",
  "attainment_percent",
  "growth_percent",
  "new_customer_orders",
] as const
export type ContestMetric = (typeof CONTEST_METRICS)[number]

/** Metrics read from the lines of a focus product or category (`focus_key`). */
export const FOCUS_CONTEST_METRICS: ContestMetric[] = ["focus_quantity", "focus_amount"]

/** draft → running (published) → closed, or cancelled (from draft or running). */
export const CONTEST_STATUSES = ["draft", "running", "closed", "cancelled"] as const
export type ContestStatus = (typeof CONTEST_STATUSES)[number]

/**
 * Equal figures: `shared` — they share the rank (1, 1, 3) and each gets that
 * rank's prize in full; `earliest` — the dealer whose running total reached the
 * figure first ranks higher (same instant: shared).
 */
export const CONTEST_TIE_RULES = ["shared", "earliest"] as const
export type ContestTieRule = (typeof CONTEST_TIE_RULES)[number]

/** How a prize row picks its winners: one rank, the first N ranks, or everyone at or above a figure. */
export const CONTEST_PRIZE_BASES = ["rank", "top", "threshold"] as const
export type ContestPrizeBasis = (typeof CONTEST_PRIZE_BASES)[number]

/** One prize row; a dealer wins every row it qualifies for, and their amounts add up. */
export type ContestPrize =
  | { basis: "rank"; rank: number; amount: string }
  | { basis: "top"; count: number; amount: string }
  | { basis: "threshold"; threshold: string; amount: string }

/** An event's audience, plus the sub-network of a distributor (everyone below it, never itself). */
export type ContestAudience = EventAudience & { parent_dealer_id?: string | null }

/** The program_id of a contest's prize accruals is the contest's id (prefix dcst_); this is their rule_id. */
export const CONTEST_PRIZE_RULE_ID = "contest_prize"
export const CONTEST_ID_PREFIX = "dcst"

export type DealerContest = {
  id: string
  title: string
  description: string | null
  audience: ContestAudience
  starts_on: string
  ends_on: string
  metric: ContestMetric
  /** "product:<id>" or "category:<id>" for the focus metrics. */
  focus_key: string | null
  currency_code: string
  /** The kind every prize of the contest is paid in (money and event credit in its currency). */
  prize_kind: "money" | "marketing_points" | "event_credit"
  prizes: ContestPrize[]
  tie_rule: ContestTieRule
  /** Whether participants see each other's dealer names (else "Participant 2", …). */
  show_names: boolean
  status: ContestStatus
  published_at: string | null
  closed_at: string | null
  cancelled_at: string | null
  created_at: string
  updated_at: string
}

// Marketing materials for points: a catalogue of this module (not Medusa
// products), ordered by a dealer's members and paid from its marketing points.

export const MATERIAL_KINDS = ["poster", "sample", "display", "digital_kit", "other"] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]

/** requested → shipped | rejected (by the admin), or cancelled (by the member while still requested). */
export const MATERIAL_REQUEST_STATUSES = ["requested", "shipped", "rejected", "cancelled"] as const
export type MaterialRequestStatus = (typeof MATERIAL_REQUEST_STATUSES)[number]

/** Where a request ships: the dealer's address when it was requested. */
export type MaterialShippingAddress = {
  company: string
  address_line: string | null
  postal_code: string | null
  city: string | null
  province: string | null
  country_code: string | null
}

/** Who to ask about a request: the member who placed it, and the dealer's phone. */
export type MaterialContact = { name: string | null; email: string | null; phone: string | null }

export type DealerMaterial = {
  id: string
  code: string
  title: string
  description: string | null
  kind: MaterialKind
  image_url: string | null
  /** Marketing points per unit, a decimal string. */
  points_price: string
  /** Units in the marketing stock; null = unlimited (e.g. a digital kit). */
  stock: number | null
  /** The tiers that may order it; empty = every tier (and dealers without one). */
  tier_ids: string[]
  is_active: boolean
  created_at: string
  updated_at: string
}

/** One participant's line in the standings; figures as decimal strings. */
export type ContestStanding = {
  dealer_id: string
  dealer_code: string
  dealer_name: string
  /** The metric's figure; null when it has none (no plan, nothing a year earlier). */
  metric_value: string | null
  /** When its running total reached the figure (the `earliest` tie rule). */
  reached_at: string | null
  /** 1-based; null for a participant without a positive figure (not ranked). */
  rank: number | null
  /** The prize it wins on these standings (0 when none). */
  prize_amount: string
  /** Which prize rows it wins (1-based indexes of `prizes`). */
  prize_rows: number[]
}

export type ContestStandingsResponse = {
  contest_id: string
  status: ContestStatus
  /** True while the figures move (running or draft); false for the stored results of a close. */
  live: boolean
  standings: ContestStanding[]
}

/** A stored final standing, written at close (`dealer_contest_result`), and its prize accruals. */
export type ContestResult = {
  id: string
  contest_id: string
  dealer_id: string
  rank: number | null
  metric_value: string | null
  prize_kind: string | null
  prize_amount: string
  dealer?: { id: string; code: string; name: string }
  accruals?: { id: string; amount: string; status: string; created_at: string }[]
}

/** What a member sees of a contest's standings: its own line and the gap to the rank above. */
export type StoreContestLeaderboard = {
  contest: Omit<DealerContest, "audience">
  live: boolean
  me: { rank: number | null; metric_value: string | null; prize_amount: string; gap_to_above: string | null } | null
  standings: { rank: number | null; name: string; metric_value: string | null; is_me: boolean; prize_amount: string }[]
}

export type DealerContestResponse = { contest: DealerContest }
export type DealerContestListResponse = { contests: DealerContest[] } & ListResponse
export type ContestResultListResponse = { results: ContestResult[] }
export type CloseContestResponse = { contest: DealerContest; accruals: number; results: number }

// ─── Best-dealer rating ──────────────────────────────────────────────────────

/**
 * The rating's components, in the order they are shown. A component is one
 * CTE of the read model (src/queries/dealer-rating.ts) and one entry here and
 * in RATING_COMPONENT_RULES (src/lib/dealer-rating.ts).
 */
export const RATING_COMPONENTS = [
  "plan_attainment",
  "sales_growth",
  "focus_share",
  "average_order_value",
  "payment_discipline",
  "events_attended",
  "contest_results",
] as const
export type RatingComponent = (typeof RATING_COMPONENTS)[number]

/** The periods a rating is for: a month "YYYY-MM" or a quarter "YYYY-Qn". */
export const RATING_PERIOD_TYPES = ["month", "quarter"] as const
export type RatingPeriodType = (typeof RATING_PERIOD_TYPES)[number]

/** Relative weight of each component (≥ 0, not all 0); a component's share of the score is its weight ÷ their sum. */
export type RatingWeights = Record<RatingComponent, number>

/** Where a weight comes from: the admin setting, the plugin option `ratingWeights`, or the plugin's default. */
export const RATING_WEIGHT_SOURCES = ["setting", "option", "default"] as const
export type RatingWeightSource = (typeof RATING_WEIGHT_SOURCES)[number]

/** One component of a dealer's score, explained. */
export type RatingComponentScore = {
  component: RatingComponent
  /** The dealer's figure (a percent, an amount, days, a count) as a decimal string; null: no data (0 points). */
  raw: string | null
  /** 0–100: the figure against the scale of the component. */
  normalised: string
  weight: number
  /** weight ÷ sum of weights × normalised: what it adds to the score. */
  points: string
  /** The figures behind the raw value (sales, plan, last year's sales, …). */
  detail: Record<string, string | number | null>
}

export type RatedDealer = {
  id: string
  code: string | null
  name: string | null
  role: string | null
}

export type DealerRatingEntry = {
  dealer: RatedDealer
  /** Rank in the list it is shown in (the network, a territory, a sub-network), tie rule applied. */
  rank: number
  /** Rank in the whole network. */
  network_rank: number
  /** 0–100, two decimals. */
  score: string
  currency_code: string
  first_order_at: string | null
  components: RatingComponentScore[]
}

export type DealerRatingLeaderboardResponse = {
  period: string
  weights: RatingWeights
  /** Dealers rated in the whole network. */
  network_count: number
  dealers: DealerRatingEntry[]
} & ListResponse

export type DealerRatingResponse = {
  period: string
  weights: RatingWeights
  network_count: number
  /** Null when the dealer is not rated (not active). */
  rating: DealerRatingEntry | null
}

export type RatingWeightsResponse = {
  weights: RatingWeights
  sources: Record<RatingComponent, RatingWeightSource>
  /** What the weights fall back to without the admin setting (plugin option, else default). */
  fallback: RatingWeights
}

/** The dealer of a month or quarter, with its score and breakdown as they were when it was recorded. */
export type DealerRatingAward = {
  id: string
  period_key: string
  period_type: RatingPeriodType
  dealer_id: string
  dealer: RatedDealer | null
  score: string
  entry: DealerRatingEntry
  weights: RatingWeights
  /** The admin user who recorded it, or "job". */
  recorded_by: string | null
  created_at: string
}

export type DealerRatingAwardResponse = { award: DealerRatingAward; created: boolean }
export type DealerRatingAwardListResponse = { awards: DealerRatingAward[] } & ListResponse

export type MaterialRequestLine = {
  id: string
  material_id: string
  /** The material's code and title when it was requested. */
  code: string
  title: string
  quantity: number
  points_each: string
  points_total: string
}

export type MaterialRequest = {
  id: string
  dealer_id: string
  status: MaterialRequestStatus
  /** The marketing points the request took from the wallet (given back when rejected or cancelled). */
  total_points: string
  /** The wallet's currency bucket the points were taken from (the dealer's currency). */
  currency_code: string
  shipping_address: MaterialShippingAddress
  contact: MaterialContact
  note: string | null
  requested_by: string | null
  shipped_at: string | null
  tracking_note: string | null
  rejected_at: string | null
  rejection_reason: string | null
  cancelled_at: string | null
  lines: MaterialRequestLine[]
  created_at: string
  updated_at: string
  /** Admin lists: the dealer it is for. */
  dealer?: { id: string; code: string; name: string }
}

export type DealerMaterialResponse = { material: DealerMaterial }
export type DealerMaterialListResponse = { materials: DealerMaterial[] } & ListResponse
/** The store catalogue: what my dealer may order, and its points (null for buyers: they do not see the wallet). */
export type StoreMaterialCatalogueResponse = DealerMaterialListResponse & {
  points: { balance: string; currency_code: string } | null
}
export type MaterialRequestResponse = { material_request: MaterialRequest }
export type MaterialRequestListResponse = { material_requests: MaterialRequest[] } & ListResponse
