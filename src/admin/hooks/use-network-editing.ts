import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  TerritoryListResponse,
  TerritoryMatchResponse,
  TerritoryResponse,
  TerritoryType,
  TierInput,
  TierListResponse,
  TierResponse,
  TierReviewResponse,
  ZoneListResponse,
  ZoneOverlapListResponse,
  ZoneResponse,
} from "../../types/dealer-network"
import type { DeleteResponse } from "../../types/http"
import { dealerKeys, networkKeys } from "./query-keys"

// Territories, tiers and zones: the network's own reference data, edited in the admin.

/** Every territory (the tree is built in the page: a network has a few hundred at most). */
export function useTerritories() {
  return useQuery({
    queryKey: networkKeys.territories,
    queryFn: () =>
      sdk.client.fetch<TerritoryListResponse>("/admin/dealer-territories", { query: { limit: 200, order: "name" } }),
  })
}

export type TerritoryBody = {
  code?: string
  name?: string
  type?: TerritoryType
  parent_id?: string | null
  country_code?: string
  province?: string | null
  postal_prefixes?: string[]
}

/** Creates a territory (no id) or updates one: rename, prefixes, move. */
export function useSaveTerritory(id?: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TerritoryBody) =>
      sdk.client.fetch<TerritoryResponse>(id ? `/admin/dealer-territories/${id}` : "/admin/dealer-territories", {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: networkKeys.territories })
      queryClient.invalidateQueries({ queryKey: networkKeys.zones })
    },
  })
}

export function useDeleteTerritory() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch<DeleteResponse>(`/admin/dealer-territories/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.territories }),
  })
}

export type AddressQuery = { country_code: string; province?: string; postal_code?: string }

/** Which territory an address is in; runs when asked (`enabled` by the caller). */
export function useTerritoryMatch(address: AddressQuery | null) {
  return useQuery({
    queryKey: [...networkKeys.territories, "match", address],
    queryFn: () => sdk.client.fetch<TerritoryMatchResponse>("/admin/dealer-territories/match", { query: address! }),
    enabled: !!address,
  })
}

export function useTiers() {
  return useQuery({
    queryKey: networkKeys.tiers,
    queryFn: () => sdk.client.fetch<TierListResponse>("/admin/dealer-tiers", { query: { limit: 100, order: "rank" } }),
  })
}

export function useSaveTier(id?: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TierInput) =>
      sdk.client.fetch<TierResponse>(id ? `/admin/dealer-tiers/${id}` : "/admin/dealer-tiers", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.tiers }),
  })
}

/** Runs the tier review of a month now (the previous month when none is given). */
export function useReviewTiers() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (period?: string) =>
      sdk.client.fetch<TierReviewResponse>("/admin/dealer-tiers/review", { method: "POST", body: period ? { period } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.all }),
  })
}

export type ZoneQuery = {
  id?: string[]
  dealer_id?: string
  territory_id?: string
  is_exclusive?: "true" | "false"
  limit: number
  offset: number
}

export function useZones(query: ZoneQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: networkKeys.zoneList(query),
    queryFn: () =>
      sdk.client.fetch<ZoneListResponse>("/admin/dealer-zones", { query: { ...query, order: "starts_at" } }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

/** Zones overlapping another dealer's zone, by the rule zone writes are checked by. */
export function useZoneOverlaps() {
  return useQuery({
    queryKey: networkKeys.overlaps(),
    queryFn: () => sdk.client.fetch<ZoneOverlapListResponse>("/admin/dealer-zones/overlaps"),
  })
}

export type ZoneBody = {
  dealer_id?: string
  territory_id: string
  is_exclusive: boolean
  starts_at: string
  ends_at: string | null
  note: string | null
  product_category_ids: string[]
}

/** Creates a zone (no id) or updates one; the dealer's own zone list and the overlaps are refreshed. */
export function useSaveZone(id?: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ZoneBody) =>
      sdk.client.fetch<ZoneResponse>(id ? `/admin/dealer-zones/${id}` : "/admin/dealer-zones", { method: "POST", body }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: networkKeys.zones })
      queryClient.invalidateQueries({ queryKey: dealerKeys.all })
    },
  })
}
