import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { DealerMembershipListResponse } from "../../types/dealer-network"
import type { OrderDealerResponse } from "../../types/sales-plan"
import { membershipKeys, orderKeys } from "./query-keys"

/** The dealer a customer buys for (a customer belongs to at most one). */
export function useCustomerMembership(customerId: string) {
  return useQuery({
    queryKey: membershipKeys.customer(customerId),
    queryFn: () =>
      sdk.client.fetch<DealerMembershipListResponse>("/admin/dealer-members", {
        query: { customer_id: customerId, limit: 5 },
      }),
  })
}

/** An order's dealer of record and the plan-ledger entries it made. */
export function useOrderDealer(orderId: string) {
  return useQuery({
    queryKey: orderKeys.dealer(orderId),
    queryFn: () => sdk.client.fetch<OrderDealerResponse>(`/admin/orders/${orderId}/dealer`),
  })
}
