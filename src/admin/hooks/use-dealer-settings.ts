import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { DealerSettings, DealerSettingsResponse } from "../../types/dealer-network"
import { catalogKeys, settingsKeys } from "./query-keys"

/** The plugin's run-time settings (with the plugin options they fall back to). */
export function useDealerSettings() {
  return useQuery({
    queryKey: settingsKeys.all,
    queryFn: () => sdk.client.fetch<DealerSettingsResponse>("/admin/dealer-settings"),
  })
}

export function useUpdateDealerSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<DealerSettings>) =>
      sdk.client.fetch<DealerSettingsResponse>("/admin/dealer-settings", { method: "POST", body }),
    onSuccess: (data) => queryClient.setQueryData(settingsKeys.all, data),
  })
}

/** The store's sales channels, to pick the B2B one from. */
export function useSalesChannels() {
  return useQuery({
    queryKey: catalogKeys.salesChannels(),
    queryFn: () => sdk.admin.salesChannel.list({ limit: 100, fields: "id,name,is_disabled", order: "name" }),
    staleTime: 5 * 60_000,
  })
}
