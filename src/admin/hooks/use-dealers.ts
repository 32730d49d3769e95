import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { Dealer, DealerListResponse, DealerMemberListResponse, DealerMemberResponse, DealerResponse, DealerRole, DealerStatus, DealerTreeResponse, MemberRole } from "../../types/dealer-network"
import type { DeleteResponse } from "../../types/http"
import { dealerKeys, membershipKeys } from "./query-keys"

export type DealerListQuery = {
  q?: string
  id?: string | string[]
  role?: DealerRole | DealerRole[]
  status?: DealerStatus | DealerStatus[]
  parent_id?: string
  tier_id?: string
  limit?: number
  offset?: number
  order?: string
  fields?: string
}

export type CreateDealerInput = {
  code: string
  name: string
  role?: DealerRole
  parent_id?: string | null
  tax_id?: string | null
  email?: string | null
  city?: string | null
  country_code?: string | null
}

export function useDealers(query: DealerListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dealerKeys.list(query),
    queryFn: () => sdk.client.fetch<DealerListResponse>("/admin/dealers", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

export function useDealer(id: string) {
  return useQuery({
    queryKey: dealerKeys.detail(id),
    queryFn: () => sdk.client.fetch<DealerResponse>(`/admin/dealers/${id}`),
  })
}

export function useDealerTree(id: string) {
  return useQuery({
    queryKey: dealerKeys.tree(id),
    queryFn: () => sdk.client.fetch<DealerTreeResponse>(`/admin/dealers/${id}/tree`),
  })
}

export function useCreateDealer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateDealerInput) =>
      sdk.client.fetch<DealerResponse>("/admin/dealers", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.all }),
  })
}

/** Body of POST /admin/dealers/:id: any of the dealer's fields, its status, its tier and pin. */
export type UpdateDealerInput = Partial<
  Omit<Dealer, "id" | "customer_group_id" | "price_list_id" | "parent" | "tier" | "created_at" | "updated_at">
> & {
  /** With status "terminated": ends the dealer's agreements in force from that day, for that reason. */
  termination?: { reason: string; terminated_at?: string }
}

export function useUpdateDealer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateDealerInput) =>
      sdk.client.fetch<DealerResponse>(`/admin/dealers/${id}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.all }),
  })
}

export function useDealerMembers(id: string) {
  return useQuery({
    queryKey: dealerKeys.members(id),
    queryFn: () =>
      sdk.client.fetch<DealerMemberListResponse>(`/admin/dealers/${id}/members`, {
        query: { limit: 100, order: "created_at" },
      }),
  })
}

export function useAddDealerMember(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { customer_id: string; role: MemberRole }) =>
      sdk.client.fetch<DealerMemberResponse>(`/admin/dealers/${id}/members`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: dealerKeys.members(id) })
      queryClient.invalidateQueries({ queryKey: membershipKeys.all })
    },
  })
}

export function useRemoveDealerMember(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (memberId: string) =>
      sdk.client.fetch<DeleteResponse>(
        `/admin/dealers/${id}/members/${memberId}`,
        { method: "DELETE" }
      ),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: dealerKeys.members(id) })
      queryClient.invalidateQueries({ queryKey: membershipKeys.all })
    },
  })
}
