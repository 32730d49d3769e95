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
