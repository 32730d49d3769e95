import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { DealerPricingResponse } from "../../types/dealer-network"
import type { DealerReceivablesResponse, ReceivablesReportResponse } from "../../types/wholesale"
import { dealerKeys, receivableKeys } from "./query-keys"

/** What the dealer owes today: balances aged by days overdue, the unpaid orders and its credit terms. */
export function useDealerReceivables(dealerId: string) {
  return useQuery({
    queryKey: dealerKeys.receivables(dealerId),
    queryFn: () =>
      sdk.client.fetch<{ receivables: DealerReceivablesResponse }>(`/admin/dealers/${dealerId}/receivables`),
  })
}

export type ReceivablesReportQuery = {
  as_of?: string
  dealer_id?: string
  overdue_only?: boolean
  limit?: number
  offset?: number
}

/** Every dealer's (or one dealer's) open balance per currency, most overdue first, and the ageing of it all. */
export function useReceivablesReport({ overdue_only, ...query }: ReceivablesReportQuery) {
  return useQuery({
    queryKey: receivableKeys.report({ overdue_only, ...query }),
    queryFn: () =>
      sdk.client.fetch<ReceivablesReportResponse>("/admin/dealer-receivables", {
        // The route takes the flag as the strings "true" and "false".
        query: { ...query, overdue_only: overdue_only === undefined ? undefined : String(overdue_only) },
      }),
    placeholderData: keepPreviousData,
  })
}

/** Rebuilds the dealer's price list from its agreement in force and its tier. */
export function useRebuildDealerPricing(dealerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<DealerPricingResponse>(`/admin/dealers/${dealerId}/pricing`, {
        method: "POST",
      }),
    onSuccess: ({ pricing }) => {
      // The first rebuild under an agreement creates the list and stores its id on the dealer.
      queryClient.invalidateQueries({ queryKey: dealerKeys.detail(dealerId) })
      if (pricing.price_list_id) {
        queryClient.invalidateQueries({ queryKey: dealerKeys.priceList(pricing.price_list_id) })
      }
    },
  })
}

/** The title and status of a price list, to name the dealer's own. */
export function usePriceList(id: string | null | undefined) {
  return useQuery({
    queryKey: dealerKeys.priceList(id ?? ""),
    queryFn: () => sdk.admin.priceList.retrieve(id!, { fields: "id,title,status" }),
    enabled: Boolean(id),
    retry: false,
  })
}
