import type Medusa from "@medusajs/js-sdk"
import type { ClientHeaders } from "@medusajs/js-sdk"
import type { DealerContestListResponse, DealerEventListResponse, DealerRatingResponse, EventRegistrationListResponse, EventRegistrationResponse, MaterialRequestListResponse, MaterialRequestResponse, StoreContestLeaderboard, StoreMaterialCatalogueResponse } from "../types/engagement"
import type { DealerPayoutListResponse, DealerWalletResponse, RewardAccrualListResponse } from "../types/rewards"
import type {
  DealerCartCheckResponse,
  StoreAlertsQuery,
  StoreAlertsResponse,
  StoreCatalogQuery,
  StoreCatalogResponse,
  StoreConflictsQuery,
  StoreConflictsResponse,
  StoreContestsQuery,
  StoreCreateDealerApplicationBody,
  StoreDealerApplicationListResponse,
  StoreDealerApplicationResponse,
  StoreDealerResponse,
  StoreEventRegistrationsQuery,
  StoreEventsQuery,
  StoreMaterialRequestsQuery,
  StoreMaterialsQuery,
  StoreOrdersQuery,
  StoreOrdersResponse,
  StorePayoutsQuery,
  StorePlansQuery,
  StorePlansResponse,
  StoreProgressQuery,
  StoreProgressResponse,
  StoreRatingQuery,
  StoreRegisterForEventBody,
  StoreRequestMaterialsBody,
  StoreRewardAccrualsQuery,
  StoreRewardSimulationListResponse,
  StoreRewardSimulationQuery,
  StoreTierResponse,
  StoreWalletQuery,
} from "../types/store"
import type { DealerReceivablesResponse } from "../types/wholesale"

// The typed client of the plugin's store API, on a storefront's own
// @medusajs/js-sdk instance: it sends the publishable key and the customer's
// session or token the way the SDK is configured to. Types only are imported,
// so the built file needs nothing at run time but the SDK it is given.

export type * from "../types/store"
export type { DealerRole, DealerStatus, MemberRole } from "../types/dealer-network"
export type {
  DealerContestListResponse,
  DealerEventListResponse,
  DealerPayoutListResponse,
  DealerRatingResponse,
  DealerReceivablesResponse,
  DealerWalletResponse,
  EventRegistrationListResponse,
  EventRegistrationResponse,
  MaterialRequestListResponse,
  MaterialRequestResponse,
  RewardAccrualListResponse,
  StoreContestLeaderboard,
  StoreMaterialCatalogueResponse,
}

/** Headers to add to one request (the SDK adds its own). */
export type RequestOptions = { headers?: ClientHeaders }

/**
 * For the requests that move money or stock: the same key on a retry after a
 * timeout replays the first answer instead of spending twice (README,
 * "Idempotency"). Make one per action, before the first attempt.
 */
export type IdempotentRequestOptions = RequestOptions & { idempotencyKey?: string }

type Query = Record<string, unknown>

/** The store API of the dealer network for the logged-in customer's own dealer. */
export function createDealerNetworkStore(sdk: Pick<Medusa, "client">) {
  const get = <T>(path: string, query?: Query, options?: RequestOptions) =>
    sdk.client.fetch<T>(path, { method: "GET", query, headers: options?.headers })
  const post = <T>(path: string, body: object, options?: IdempotentRequestOptions) =>
    sdk.client.fetch<T>(path, {
      method: "POST",
      body,
      headers: options?.idempotencyKey ? { ...options.headers, "Idempotency-Key": options.idempotencyKey } : options?.headers,
    })
  const me = (path = "") => `/store/dealers/me${path}`
  const id = encodeURIComponent

  return {
    /** My dealer, my member role, its tier, zones and the agreement in force. */
    dealer: {
      retrieve: (options?: RequestOptions) => get<StoreDealerResponse>(me(), undefined, options),
    },
    /** What my dealer may order, at its prices and quantity breaks. */
    catalog: {
      list: (query?: StoreCatalogQuery, options?: RequestOptions) => get<StoreCatalogResponse>(me("/catalog"), query, options),
    },
    /** My dealer's orders with their payment state and due dates. */
    orders: {
      list: (query?: StoreOrdersQuery, options?: RequestOptions) => get<StoreOrdersResponse>(me("/orders"), query, options),
    },
    /** What my dealer owes: balances aged, unpaid orders, credit terms. */
    receivables: {
      retrieve: (options?: RequestOptions) => get<{ receivables: DealerReceivablesResponse }>(me("/receivables"), undefined, options),
    },
    /** My dealer's partner level, its history and what the next level needs. */
    tier: {
      retrieve: (options?: RequestOptions) => get<StoreTierResponse>(me("/tier"), undefined, options),
    },
    /** Plan, actual and deviation of a period; owners and managers also get the sub-network. */
    progress: {
      retrieve: (query?: StoreProgressQuery, options?: RequestOptions) => get<StoreProgressResponse>(me("/progress"), query, options),
    },
    plans: {
      list: (query?: StorePlansQuery, options?: RequestOptions) => get<StorePlansResponse>(me("/plans"), query, options),
    },
    /** Deviation alerts: behind plan, projected to miss it, short of the volume commitment. */
    alerts: {
      list: (query?: StoreAlertsQuery, options?: RequestOptions) => get<StoreAlertsResponse>(me("/alerts"), query, options),
    },
    /** Conflict cases about orders my dealer sold. */
    conflicts: {
      list: (query?: StoreConflictsQuery, options?: RequestOptions) => get<StoreConflictsResponse>(me("/conflicts"), query, options),
    },
    rewards: {
      accruals: (query?: StoreRewardAccrualsQuery, options?: RequestOptions) =>
        get<RewardAccrualListResponse>(me("/reward-accruals"), query, options),
      simulation: (query?: StoreRewardSimulationQuery, options?: RequestOptions) =>
        get<StoreRewardSimulationListResponse>(me("/rewards/simulation"), query, options),
    },
    /** Owners and managers: balances by kind and the statement. */
    wallet: {
      retrieve: (query?: StoreWalletQuery, options?: RequestOptions) => get<DealerWalletResponse>(me("/wallet"), query, options),
    },
    payouts: {
      list: (query?: StorePayoutsQuery, options?: RequestOptions) => get<DealerPayoutListResponse>(me("/payouts"), query, options),
    },
    events: {
      list: (query?: StoreEventsQuery, options?: RequestOptions) => get<DealerEventListResponse>(me("/events"), query, options),
    },
    eventRegistrations: {
      list: (query?: StoreEventRegistrationsQuery, options?: RequestOptions) =>
        get<EventRegistrationListResponse>(me("/event-registrations"), query, options),
      create: (body: StoreRegisterForEventBody, options?: IdempotentRequestOptions) =>
        post<EventRegistrationResponse>(me("/event-registrations"), body, options),
      cancel: (registrationId: string, options?: IdempotentRequestOptions) =>
        post<EventRegistrationResponse>(me(`/event-registrations/${id(registrationId)}/cancel`), {}, options),
    },
    rating: {
      retrieve: (query?: StoreRatingQuery, options?: RequestOptions) => get<DealerRatingResponse>(me("/rating"), query, options),
    },
    contests: {
      list: (query?: StoreContestsQuery, options?: RequestOptions) => get<DealerContestListResponse>(me("/contests"), query, options),
      retrieve: (contestId: string, options?: RequestOptions) =>
        get<StoreContestLeaderboard>(me(`/contests/${id(contestId)}`), undefined, options),
    },
    materials: {
      list: (query?: StoreMaterialsQuery, options?: RequestOptions) =>
        get<StoreMaterialCatalogueResponse>(me("/materials"), query, options),
    },
    materialRequests: {
      list: (query?: StoreMaterialRequestsQuery, options?: RequestOptions) =>
        get<MaterialRequestListResponse>(me("/material-requests"), query, options),
      create: (body: StoreRequestMaterialsBody, options?: IdempotentRequestOptions) =>
        post<MaterialRequestResponse>(me("/material-requests"), body, options),
      cancel: (requestId: string, options?: IdempotentRequestOptions) =>
        post<MaterialRequestResponse>(me(`/material-requests/${id(requestId)}/cancel`), {}, options),
    },
    carts: {
      /** Would my cart pass the agreement's order rules, and my dealer's credit position. */
      dealerCheck: (cartId: string, options?: RequestOptions) =>
        get<DealerCartCheckResponse>(`/store/carts/${id(cartId)}/dealer-check`, undefined, options),
    },
    /** Applying to become a dealer, as a customer who is not one yet. */
    applications: {
      list: (options?: RequestOptions) => get<StoreDealerApplicationListResponse>("/store/dealer-applications", undefined, options),
      create: (body: StoreCreateDealerApplicationBody, options?: RequestOptions) =>
        post<StoreDealerApplicationResponse>("/store/dealer-applications", body, options),
    },
  }
}

export type DealerNetworkStore = ReturnType<typeof createDealerNetworkStore>
