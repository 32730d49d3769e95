import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  Attendance,
  DealerEventInput,
  DealerEventListResponse,
  DealerEventResponse,
  EventAttendee,
  EventCostSummaryResponse,
  EventRegistrationListResponse,
  EventRegistrationResponse,
  EventStatus,
} from "../../types/engagement"
import { eventKeys, rewardKeys } from "./query-keys"

export type DealerEventsQuery = {
  status?: EventStatus | EventStatus[]
  limit?: number
  offset?: number
  order?: string
}

export function useDealerEvents(query: DealerEventsQuery) {
  return useQuery({
    queryKey: eventKeys.list(query),
    queryFn: () => sdk.client.fetch<DealerEventListResponse>("/admin/dealer-events", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useDealerEvent(id: string) {
  return useQuery({
    queryKey: eventKeys.detail(id),
    queryFn: () => sdk.client.fetch<DealerEventResponse>(`/admin/dealer-events/${id}`),
  })
}

/** The event's registrations, live and cancelled, with their dealers. */
export function useEventRegistrations(eventId: string) {
  return useQuery({
    queryKey: eventKeys.registrations(eventId),
    queryFn: () =>
      sdk.client.fetch<EventRegistrationListResponse>(`/admin/dealer-events/${eventId}/registrations`, {
        query: { limit: 200, order: "created_at" },
      }),
  })
}

export function useEventCostSummary(eventId: string) {
  return useQuery({
    queryKey: eventKeys.costSummary(eventId),
    queryFn: () => sdk.client.fetch<EventCostSummaryResponse>(`/admin/dealer-events/${eventId}/cost-summary`),
  })
}

/** A dealer's registrations across events, latest first, each with its event. */
export function useDealerEventRegistrations(dealerId: string, query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: eventKeys.dealer(dealerId, query),
    queryFn: () =>
      sdk.client.fetch<EventRegistrationListResponse>("/admin/dealer-event-registrations", {
        query: { dealer_id: dealerId, order: "-created_at", ...query },
      }),
    placeholderData: keepPreviousData,
  })
}

/** Events and wallets: a registration, a cancellation or a refund changes both. */
function useInvalidateEvents() {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: eventKeys.all })
    queryClient.invalidateQueries({ queryKey: rewardKeys.all })
  }
}

export function useCreateDealerEvent() {
  const invalidate = useInvalidateEvents()
  return useMutation({
    mutationFn: (body: DealerEventInput) =>
      sdk.client.fetch<DealerEventResponse>("/admin/dealer-events", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useUpdateDealerEvent(id: string) {
  const invalidate = useInvalidateEvents()
  return useMutation({
    mutationFn: (body: Partial<DealerEventInput>) =>
      sdk.client.fetch<DealerEventResponse>(`/admin/dealer-events/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Publish or cancel the event (cancelling refunds every registration). */
export function useDealerEventAction(id: string) {
  const invalidate = useInvalidateEvents()
  return useMutation({
    mutationFn: (action: "publish" | "cancel") =>
      sdk.client.fetch<DealerEventResponse>(`/admin/dealer-events/${id}/${action}`, {
        method: "POST",
        body: {},
        ...(action === "cancel" ? { headers: { "Idempotency-Key": `cancel-event-${id}` } } : {}),
      }),
    onSuccess: invalidate,
  })
}

export type AdminEventRegistrationInput = {
  dealer_id: string
  seats: number
  attendees: EventAttendee[]
  /** One per opened form: a double submit registers once. */
  idempotency_key: string
}

export function useRegisterDealerForEvent(eventId: string) {
  const invalidate = useInvalidateEvents()
  return useMutation({
    mutationFn: ({ idempotency_key, ...body }: AdminEventRegistrationInput) =>
      sdk.client.fetch<EventRegistrationResponse>(`/admin/dealer-events/${eventId}/registrations`, {
        method: "POST",
        body,
        headers: { "Idempotency-Key": idempotency_key },
      }),
    onSuccess: invalidate,
  })
}

export function useCancelEventRegistration(eventId: string) {
  const invalidate = useInvalidateEvents()
  return useMutation({
    mutationFn: (registrationId: string) =>
      sdk.client.fetch<EventRegistrationResponse>(`/admin/dealer-events/${eventId}/registrations/${registrationId}/cancel`, {
        method: "POST",
        body: {},
        headers: { "Idempotency-Key": `cancel-registration-${registrationId}` },
      }),
    onSuccess: invalidate,
  })
}

export function useRecordEventAttendance(eventId: string) {
  const invalidate = useInvalidateEvents()
  return useMutation({
    mutationFn: (attendance: { registration_id: string; attendance: Attendance }[]) =>
      sdk.client.fetch<DealerEventResponse>(`/admin/dealer-events/${eventId}/attendance`, {
        method: "POST",
        body: { attendance },
      }),
    onSuccess: invalidate,
  })
}
