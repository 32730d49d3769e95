import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AgreementListResponse, AgreementResponse } from "../../types/dealer-network"
import { dealerKeys } from "./query-keys"

/** Every version of the dealer's agreements, newest first. */
export function useDealerAgreements(dealerId: string) {
  return useQuery({
    queryKey: dealerKeys.agreements(dealerId),
    queryFn: () =>
      sdk.client.fetch<AgreementListResponse>(`/admin/dealers/${dealerId}/agreements`, {
        query: { limit: 50, order: "-created_at" },
      }),
  })
}

export function useAgreement(agreementId: string) {
  return useQuery({
    queryKey: dealerKeys.agreement(agreementId),
    queryFn: () => sdk.client.fetch<AgreementResponse>(`/admin/dealer-agreements/${agreementId}`),
  })
}

/** Every version of the agreement's contract number, oldest first. */
export function useAgreementVersions(agreementId: string) {
  return useQuery({
    queryKey: dealerKeys.agreementVersions(agreementId),
    queryFn: () =>
      sdk.client.fetch<AgreementListResponse>(`/admin/dealer-agreements/${agreementId}/versions`, {
        query: { limit: 100, order: "version" },
      }),
  })
}

/** A mutation on agreements that refreshes every dealer view: activation and termination change the dealer too. */
function useAgreementMutation<TBody>(request: (body: TBody) => Promise<AgreementResponse>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.all }),
  })
}

const post = (url: string, body?: Record<string, unknown>) =>
  sdk.client.fetch<AgreementResponse>(url, { method: "POST", ...(body ? { body } : {}) })

export function useCreateAgreement(dealerId: string) {
  return useAgreementMutation((body: Record<string, unknown>) => post(`/admin/dealers/${dealerId}/agreements`, body))
}

export function useUpdateAgreement(agreementId: string) {
  return useAgreementMutation((body: Record<string, unknown>) => post(`/admin/dealer-agreements/${agreementId}`, body))
}

export function useCreateAgreementVersion(agreementId: string) {
  return useAgreementMutation((body: Record<string, unknown>) =>
    post(`/admin/dealer-agreements/${agreementId}/versions`, body)
  )
}

export function useTerminateAgreement(agreementId: string) {
  return useAgreementMutation((body: { reason: string; terminated_at?: string }) =>
    post(`/admin/dealer-agreements/${agreementId}/terminate`, body)
  )
}

export function useActivateAgreement() {
  return useAgreementMutation((agreementId: string) => post(`/admin/dealer-agreements/${agreementId}/activate`))
}

/** The store's price lists, for an agreement's wholesale base prices. */
export function usePriceLists() {
  return useQuery({
    queryKey: ["dealer-network", "price-lists"],
    queryFn: () =>
      sdk.client.fetch<{ price_lists: { id: string; title: string }[] }>("/admin/price-lists", {
        query: { limit: 100, fields: "id,title" },
      }),
    staleTime: 60_000,
  })
}
