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
