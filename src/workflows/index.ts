// Every workflow a host app may run or extend through its hooks, by domain
// (published as medusa-plugin-dealer-network/workflows).
export * from "./dealer-network"
export * from "./engagement"
export * from "./rewards"
export * from "./sales-plan"
export * from "./wholesale"
