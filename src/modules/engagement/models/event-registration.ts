import { model } from "@medusajs/framework/utils"
import { ATTENDANCE_VALUES, REGISTRATION_STATUSES } from "../../../types/engagement"
import { Event } from "./event"

/**
 * A dealer's seats at an event and the share of their cost it paid from its
 * wallet (the wallet entries' source is this registration).
 */
export const EventRegistration = model
  .define("dealer_event_registration", {
    id: model.id({ prefix: "devreg" }).primaryKey(),
    dealer_id: model.text(),
    seats: model.number(),
    /** EventAttendee[]: the people the seats are for. */
    attendees: model.json(),
    status: model.enum([...REGISTRATION_STATUSES]).default("registered"),
    share_amount: model.bigNumber().default(0),
    paid_event_credit: model.bigNumber().default(0),
    paid_money: model.bigNumber().default(0),
    refunded: model.boolean().default(false),
    attendance: model.enum([...ATTENDANCE_VALUES]).nullable(),
    /** The customer (store) or user (admin) who registered. */
    registered_by: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    event: model.belongsTo(() => Event, { mappedBy: "registrations" }),
  })
  .indexes([
    {
      // One live registration per dealer and event: more seats = cancel and register again.
      name: "IDX_dealer_event_registration_live_unique",
      on: ["event_id", "dealer_id"],
      unique: true,
      where: "deleted_at IS NULL AND status = 'registered'",
    },
    { name: "IDX_dealer_event_registration_dealer", on: ["dealer_id"], where: "deleted_at IS NULL" },
  ])
