import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { NetworkOverviewResponse } from "../../types/sales-plan"
import { planKeys } from "./query-keys"

/** The network at a glance for a month. */
export function useNetworkOverview(period: string) {
  return useQuery({
    queryKey: planKeys.overview(period),
    queryFn: () => sdk.client.fetch<NetworkOverviewResponse>("/admin/dealer-overview", { query: { period } }),
    placeholderData: keepPreviousData,
  })
}
