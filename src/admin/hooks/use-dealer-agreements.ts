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

export function useActivateAgreement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (agreementId: string) =>
      sdk.client.fetch<AgreementResponse>(
        `/admin/dealer-agreements/${agreementId}/activate`,
        { method: "POST" }
      ),
    onSuccess: () => {
      // Activation makes the dealer active: its header, the tree and the lists show the status.
      queryClient.invalidateQueries({ queryKey: dealerKeys.all })
    },
  })
}
