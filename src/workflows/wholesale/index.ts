// The wholesale workflows: checkout rules, dealer pricing, settings.
export * from "./workflows/check-dealer-cart"
export * from "./workflows/sync-dealer-pricing"
export * from "./workflows/update-dealer-settings"
