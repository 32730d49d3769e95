// The workflows a host app may run itself (exported as medusa-plugin-dealer-network/workflows).
export * from "./wholesale/workflows/check-dealer-cart"
export * from "./wholesale/workflows/sync-dealer-pricing"
export * from "./sales-plan/workflows/attribute-order"
