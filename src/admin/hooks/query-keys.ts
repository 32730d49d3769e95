// Query keys of the extensions' data, so mutations can invalidate what they change.
export const dealerKeys = {
  all: ["dealer-network", "dealers"] as const,
  lists: () => [...dealerKeys.all, "list"] as const,
  list: (query: Record<string, unknown>) => [...dealerKeys.lists(), query] as const,
  detail: (id: string) => [...dealerKeys.all, "detail", id] as const,
  tree: (id: string) => [...dealerKeys.all, "tree", id] as const,
  members: (id: string) => [...dealerKeys.all, "members", id] as const,
  agreements: (id: string) => [...dealerKeys.all, "agreements", id] as const,
  /** One agreement version and its contract's history, under the dealer keys: activation changes both. */
  agreement: (agreementId: string) => [...dealerKeys.all, "agreement", agreementId] as const,
  agreementVersions: (agreementId: string) => [...dealerKeys.all, "agreement-versions", agreementId] as const,
  zones: (id: string) => [...dealerKeys.all, "zones", id] as const,
  receivables: (id: string) => [...dealerKeys.all, "receivables", id] as const,
  bankAccounts: (id: string) => [...dealerKeys.all, "bank-accounts", id] as const,
  /** The dealer's own price list: activating an agreement changes it too. */
  priceList: (priceListId: string) => [...dealerKeys.all, "price-list", priceListId] as const,
}

export const networkKeys = {
  territories: ["dealer-network", "territories"] as const,
  tiers: ["dealer-network", "tiers"] as const,
  zones: ["dealer-network", "zones"] as const,
  zoneList: (query: Record<string, unknown>) => [...networkKeys.zones, "list", query] as const,
  overlaps: () => [...networkKeys.zones, "overlaps"] as const,
}

export const applicationKeys = {
  all: ["dealer-network", "applications"] as const,
  list: (query: Record<string, unknown>) => [...applicationKeys.all, "list", query] as const,
}

export const customerKeys = {
  search: (q: string) => ["dealer-network", "customers", q] as const,
}

export const planKeys = {
  all: ["dealer-network", "plans"] as const,
  progress: (dealerId: string, period: string) => [...planKeys.all, "progress", dealerId, period] as const,
  plan: (dealerId: string, period: string) => [...planKeys.all, "plan", dealerId, period] as const,
  ranked: (query: Record<string, unknown>) => [...planKeys.all, "ranked", query] as const,
  overview: (period: string) => [...planKeys.all, "overview", period] as const,
  targetNames: (ids: string[]) => [...planKeys.all, "target-names", ids] as const,
}

export const membershipKeys = {
  all: ["dealer-network", "memberships"] as const,
  customer: (customerId: string) => [...membershipKeys.all, customerId] as const,
}

export const orderKeys = {
  dealer: (orderId: string) => ["dealer-network", "order-dealer", orderId] as const,
}

export const receivableKeys = {
  all: ["dealer-network", "receivables"] as const,
  report: (query: Record<string, unknown>) => [...receivableKeys.all, "report", query] as const,
}

export const settingsKeys = {
  all: ["dealer-network", "settings"] as const,
}

export const catalogKeys = {
  salesChannels: () => ["dealer-network", "sales-channels"] as const,
}

export const rewardKeys = {
  all: ["dealer-network", "rewards"] as const,
  programs: (query: Record<string, unknown>) => [...rewardKeys.all, "programs", query] as const,
  program: (id: string) => [...rewardKeys.all, "program", id] as const,
  accruals: (query: Record<string, unknown>) => [...rewardKeys.all, "accruals", query] as const,
  wallet: (dealerId: string, query: Record<string, unknown>) => [...rewardKeys.all, "wallet", dealerId, query] as const,
  payouts: (dealerId: string, query: Record<string, unknown>) => [...rewardKeys.all, "payouts", dealerId, query] as const,
  draftSimulation: (programId: string, body: Record<string, unknown>) =>
    [...rewardKeys.all, "draft-simulation", programId, body] as const,
  batches: (query: Record<string, unknown>) => [...rewardKeys.all, "batches", query] as const,
  approvedCash: () => [...rewardKeys.all, "approved-cash"] as const,
}

export const eventKeys = {
  all: ["dealer-network", "events"] as const,
  list: (query: Record<string, unknown>) => [...eventKeys.all, "list", query] as const,
  detail: (id: string) => [...eventKeys.all, "detail", id] as const,
  registrations: (id: string) => [...eventKeys.all, "registrations", id] as const,
  costSummary: (id: string) => [...eventKeys.all, "cost-summary", id] as const,
  dealer: (dealerId: string, query: Record<string, unknown>) => [...eventKeys.all, "dealer", dealerId, query] as const,
}

export const ratingKeys = {
  all: ["dealer-network", "rating"] as const,
  leaderboard: (query: Record<string, unknown>) => [...ratingKeys.all, "leaderboard", query] as const,
  dealer: (dealerId: string, period: string) => [...ratingKeys.all, "dealer", dealerId, period] as const,
  weights: () => [...ratingKeys.all, "weights"] as const,
  awards: (query: Record<string, unknown>) => [...ratingKeys.all, "awards", query] as const,
  territories: () => ["dealer-network", "territories", "options"] as const,
}

export const contestKeys = {
  all: ["dealer-network", "contests"] as const,
  list: (query: Record<string, unknown>) => [...contestKeys.all, "list", query] as const,
  detail: (id: string) => [...contestKeys.all, "detail", id] as const,
  standings: (id: string) => [...contestKeys.all, "standings", id] as const,
  results: (id: string) => [...contestKeys.all, "results", id] as const,
}

export const materialKeys = {
  all: ["dealer-network", "materials"] as const,
  list: (query: Record<string, unknown>) => [...materialKeys.all, "list", query] as const,
  requests: (query: Record<string, unknown>) => [...materialKeys.all, "requests", query] as const,
  tiers: () => ["dealer-network", "tiers"] as const,
}

export const conflictKeys = {
  all: ["dealer-network", "conflicts"] as const,
  list: (query: Record<string, unknown>) => [...conflictKeys.all, "list", query] as const,
  detail: (id: string) => [...conflictKeys.all, "detail", id] as const,
  orderNumbers: (ids: string[]) => ["dealer-network", "order-numbers", ids] as const,
}

export const alertKeys = {
  all: ["dealer-network", "alerts"] as const,
  list: (query: Record<string, unknown>) => [...alertKeys.all, "list", query] as const,
}
