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
export type EventCostSummaryResponse = { cost_summary: EventCostSummary }

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
