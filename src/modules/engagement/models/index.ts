export * from "./event"
export * from "./event-registration"
export * from "./rating-award"
export * from "./rating-setting"
