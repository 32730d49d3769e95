// The engagement workflows: events, registrations with the dealer's share paid from its wallet, attendance.
export * from "./workflows/cancel-event"
export * from "./workflows/cancel-event-registration"
export * from "./workflows/create-event"
export * from "./workflows/publish-event"
export * from "./workflows/record-event-attendance"
export * from "./workflows/register-for-event"
export * from "./workflows/update-event"
