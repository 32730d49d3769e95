export * from "./event"
export * from "./event-registration"
export * from "./contest"
export * from "./contest-result"
