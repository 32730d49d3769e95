export const eventFields = [
  "id",
  "type",
  "title",
  "description",
  "starts_at",
  "ends_at",
  "location",
  "link",
  "capacity",
  "registration_deadline",
  "cancellation_deadline",
  "audience",
  "status",
  "product_ids",
  "category_ids",
  "currency_code",
  "cost_per_seat",
  "dealer_share_percent",
  "published_at",
  "cancelled_at",
  "created_at",
  "updated_at",
]

/** What a dealer's member sees of an event: not its audience (it names other dealers). */
export const storeEventFields = eventFields.filter((field) => field !== "audience")

export const registrationFields = [
  "id",
  "event_id",
  "dealer_id",
  "seats",
  "attendees",
  "status",
  "share_amount",
  "paid_event_credit",
  "paid_money",
  "refunded",
  "attendance",
  "cancelled_at",
  "created_at",
]

/** A member's own registrations name their event, so a list reads without a second request. */
const storeRegistrationFields = [
  ...registrationFields,
  ...["id", "title", "type", "status", "starts_at", "ends_at", "currency_code"].map((field) => `event.${field}`),
]

export const eventQueryConfig = {
  retrieve: { defaults: eventFields, isList: false },
  list: { defaults: eventFields, isList: true },
  store: { defaults: storeEventFields, allowed: storeEventFields, isList: true },
  // The admin's lists also name each registration's dealer (read-only link).
  registrations: { defaults: [...registrationFields, "dealer.id", "dealer.code", "dealer.name"], isList: true },
  // A dealer's registrations across events, each with its event.
  dealerRegistrations: {
    defaults: [
      ...registrationFields,
      "event.id",
      "event.title",
      "event.type",
      "event.status",
      "event.starts_at",
      "event.ends_at",
      "event.currency_code",
    ],
    isList: true,
  },
  storeRegistrations: { defaults: storeRegistrationFields, allowed: storeRegistrationFields, isList: true },
}
