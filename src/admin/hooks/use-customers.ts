import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { CustomerSummary } from "../../types/dealer-network"
import { customerKeys } from "./query-keys"

/** Medusa customers matching a search (email, name, ...), for picking new members. */
export function useCustomerSearch(q: string) {
  const term = q.trim()
  return useQuery({
    queryKey: customerKeys.search(term),
    queryFn: () =>
      sdk.client.fetch<{ customers: CustomerSummary[]; count: number }>("/admin/customers", {
        query: { q: term, limit: 8, fields: "id,email,first_name,last_name,has_account" },
      }),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  })
}
