import { model } from "@medusajs/framework/utils"
import { EVENT_STATUSES, EVENT_TYPES } from "../../../types/engagement"
import { EventRegistration } from "./event-registration"

/** An event the manufacturer holds for its dealers, and the share of its cost a dealer pays per seat. */
export const Event = model
  .define("dealer_event", {
    id: model.id({ prefix: "devt" }).primaryKey(),
    type: model.enum([...EVENT_TYPES]),
    title: model.text().searchable(),
    description: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    location: model.text().nullable(),
    link: model.text().nullable(),
    capacity: model.number(),
    registration_deadline: model.dateTime(),
    cancellation_deadline: model.dateTime(),
    /** EventAudience: roles, tier_ids, territory_ids, dealer_ids. */
    audience: model.json().default({}),
    status: model.enum([...EVENT_STATUSES]).default("draft"),
    product_ids: model.array().default([]),
    category_ids: model.array().default([]),
    currency_code: model.text(),
    cost_per_seat: model.bigNumber().default(0),
    dealer_share_percent: model.bigNumber().default(0),
    published_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    registrations: model.hasMany(() => EventRegistration, { mappedBy: "event" }),
  })
  .indexes([{ name: "IDX_dealer_event_status_starts_at", on: ["status", "starts_at"], where: "deleted_at IS NULL" }])
