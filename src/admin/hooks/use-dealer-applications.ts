import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ApplicationStatus, ApprovedApplicationResponse, DealerApplicationListResponse, DealerApplicationResponse, DealerRole } from "../../types/dealer-network"
import { applicationKeys, dealerKeys } from "./query-keys"

export type ApplicationListQuery = {
  status?: ApplicationStatus
  q?: string
  customer_id?: string
  limit?: number
  offset?: number
  order?: string
}

export type ApproveApplicationInput = {
  code: string
  role?: DealerRole
  parent_id?: string | null
  review_note?: string | null
}

export function useDealerApplications(query: ApplicationListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: applicationKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<DealerApplicationListResponse>("/admin/dealer-applications", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

export function useApproveApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: ApproveApplicationInput & { id: string }) =>
      sdk.client.fetch<ApprovedApplicationResponse>(
        `/admin/dealer-applications/${id}/approve`,
        { method: "POST", body }
      ),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: applicationKeys.all })
      queryClient.invalidateQueries({ queryKey: dealerKeys.all })
    },
  })
}

export function useRejectApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch<DealerApplicationResponse>(
        `/admin/dealer-applications/${id}/reject`,
        { method: "POST", body: { reason } }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  })
}
