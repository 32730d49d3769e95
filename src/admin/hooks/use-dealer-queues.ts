import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  ConflictPolicy,
  ConflictStatus,
  DealerConflictListResponse,
  DealerConflictResponse,
  ResolveDealerConflictInput,
} from "../../types/dealer-network"
import type { AlertKind, AlertStatus, DealerAlertListResponse } from "../../types/sales-plan"
import { alertKeys, conflictKeys, dealerKeys, orderKeys, planKeys } from "./query-keys"

export type ConflictsQuery = {
  status?: ConflictStatus
  policy?: ConflictPolicy
  dealer_id?: string
  order_id?: string
  created_from?: string
  created_to?: string
  limit?: number
  offset?: number
  order?: string
}

/** Channel conflict cases, filtered. */
export function useConflicts(query: ConflictsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: conflictKeys.list(query),
    queryFn: () => sdk.client.fetch<DealerConflictListResponse>("/admin/dealer-conflicts", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  })
}

/** One case with the plan entries its resolution wrote. */
export function useConflict(id: string | null) {
  return useQuery({
    queryKey: conflictKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<DealerConflictResponse>(`/admin/dealer-conflicts/${id}`),
    enabled: !!id,
  })
}

/** Resolves an open case; the figures it moves show on both dealers' progress and the overview. */
export function useResolveConflict(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ResolveDealerConflictInput) =>
      sdk.client.fetch<DealerConflictResponse>(`/admin/dealer-conflicts/${id}/resolve`, { method: "POST", body }),
    onSuccess: ({ conflict }) => {
      for (const key of [conflictKeys.all, planKeys.all, dealerKeys.all, orderKeys.dealer(conflict.order_id)]) {
        queryClient.invalidateQueries({ queryKey: key })
      }
    },
  })
}

/** The orders' numbers (#1234) by id, for lists that hold order ids. */
export function useOrderNumbers(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  const { data } = useQuery({
    queryKey: conflictKeys.orderNumbers(unique),
    queryFn: () => sdk.admin.order.list({ id: unique, fields: "id,display_id", limit: unique.length }),
    enabled: unique.length > 0,
  })
  return new Map((data?.orders ?? []).map((order) => [order.id, order.display_id]))
}

export type AlertsQuery = {
  status?: AlertStatus
  kind?: AlertKind
  dealer_id?: string
  limit?: number
  offset?: number
  order?: string
}

/** Deviation alerts, filtered. */
export function useAlerts(query: AlertsQuery) {
  return useQuery({
    queryKey: alertKeys.list(query),
    queryFn: () => sdk.client.fetch<DealerAlertListResponse>("/admin/dealer-alerts", { query }),
    placeholderData: keepPreviousData,
  })
}
