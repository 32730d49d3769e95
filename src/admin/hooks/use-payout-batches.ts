import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { saveDownload } from "../lib/download"
import { sdk } from "../lib/sdk"
import type { DeleteResponse } from "../../types/http"
import type { BankAccountInput, DealerBankAccountListResponse, DealerBankAccountResponse } from "../../types/bank-accounts"
import type { CreatePayoutBatchBody, DealerPayoutBatchListResponse, DealerPayoutBatchResponse } from "../../types/payout-batches"
import type { DealerPayoutListResponse } from "../../types/rewards"
import { dealerKeys, rewardKeys } from "./query-keys"

/** Approved cash payouts outside any batch: what the next bank file can carry. */
export function useApprovedCashPayouts() {
  return useQuery({
    queryKey: rewardKeys.approvedCash(),
    queryFn: () =>
      sdk.client.fetch<DealerPayoutListResponse>("/admin/dealer-payouts", {
        query: { form: "cash", status: "approved", limit: 200, order: "created_at" },
      }),
  })
}

export function usePayoutBatches(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: rewardKeys.batches(query),
    queryFn: () => sdk.client.fetch<DealerPayoutBatchListResponse>("/admin/dealer-payout-batches", { query }),
  })
}

/** Saves the batch's file as the browser's download; the file is the same every time. */
export async function downloadBatchFile(batchId: string): Promise<string> {
  const response = await sdk.client.fetch<Response>(`/admin/dealer-payout-batches/${batchId}/file`, {
    headers: { accept: "*/*" },
  })
  return saveDownload(response, `${batchId}.txt`)
}

/** Exports a bank file (its payouts become exported) and downloads it. */
export function useCreatePayoutBatch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: CreatePayoutBatchBody) => {
      const { batch } = await sdk.client.fetch<DealerPayoutBatchResponse>("/admin/dealer-payout-batches", {
        method: "POST",
        body,
      })
      return { batch, filename: await downloadBatchFile(batch.id) }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardKeys.all }),
  })
}

export function useMarkBatchPaid() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reference }: { id: string; reference: string }) =>
      sdk.client.fetch<DealerPayoutBatchResponse>(`/admin/dealer-payout-batches/${id}/mark-paid`, {
        method: "POST",
        body: { reference },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardKeys.all }),
  })
}

export function useDealerBankAccounts(dealerId: string) {
  return useQuery({
    queryKey: dealerKeys.bankAccounts(dealerId),
    queryFn: () => sdk.client.fetch<DealerBankAccountListResponse>(`/admin/dealers/${dealerId}/bank-accounts`),
  })
}

/** Adds an account (no id) or changes one. */
export function useSaveBankAccount(dealerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: BankAccountInput & { id?: string }) =>
      sdk.client.fetch<DealerBankAccountResponse>(`/admin/dealers/${dealerId}/bank-accounts${id ? `/${id}` : ""}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.bankAccounts(dealerId) }),
  })
}

export function useRemoveBankAccount(dealerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<DeleteResponse>(`/admin/dealers/${dealerId}/bank-accounts/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealerKeys.bankAccounts(dealerId) }),
  })
}
