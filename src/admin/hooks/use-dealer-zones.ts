import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ZoneListResponse, ZoneResponse } from "../../types/dealer-network"
import { dealerKeys } from "./query-keys"

/** The dealer's zones of responsibility with their territory and categories. */
export function useDealerZones(dealerId: string) {
  return useQuery({
    queryKey: dealerKeys.zones(dealerId),
    queryFn: () =>
      sdk.client.fetch<ZoneListResponse>("/admin/dealer-zones", {
        query: { dealer_id: dealerId, limit: 100, order: "starts_at" },
      }),
  })
}

export type CreateZoneBody = {
  territory_id: string
  is_exclusive: boolean
  starts_at: string
  ends_at: string | null
  product_category_ids: string[]
}

export function useCreateZone(dealerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateZoneBody) =>
      sdk.client.fetch<ZoneResponse>("/admin/dealer-zones", { method: "POST", body: { dealer_id: dealerId, ...body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.zones(dealerId) }),
  })
}

export function useDeleteZone(dealerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (zoneId: string) => sdk.client.fetch(`/admin/dealer-zones/${zoneId}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.zones(dealerId) }),
  })
}
