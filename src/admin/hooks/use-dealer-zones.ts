import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ZoneListResponse } from "../../types/dealer-network"
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

export function useDeleteZone(dealerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (zoneId: string) => sdk.client.fetch(`/admin/dealer-zones/${zoneId}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.zones(dealerId) }),
  })
}
