export * from "./event"
export * from "./event-registration"
