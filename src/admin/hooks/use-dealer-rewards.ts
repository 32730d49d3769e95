import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { DealerPayout, PayoutForm, RewardAccrual, RewardProgram, WalletBalance, WalletEntry } from "../lib/types"
import { rewardKeys } from "./query-keys"

export function useRewardPrograms() {
  return useQuery({
    queryKey: rewardKeys.programs(),
    queryFn: () => sdk.client.fetch<{ programs: RewardProgram[] }>("/admin/dealer-reward-programs", { query: { limit: 100 } }),
  })
}

export type AccrualsQuery = { status?: string; period_key?: string; dealer_id?: string; limit?: number; offset?: number }

export function useRewardAccruals(query: AccrualsQuery) {
  return useQuery({
    queryKey: rewardKeys.accruals(query),
    queryFn: () =>
      sdk.client.fetch<{ accruals: RewardAccrual[]; count: number }>("/admin/dealer-reward-accruals", {
        query: { ...query, order: "-created_at" },
      }),
    placeholderData: keepPreviousData,
  })
}

/** Every reward query, after a close or a decision changes accruals and wallets. */
function useInvalidateRewards() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: rewardKeys.all })
}

export function useClosePeriod() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (period: string) =>
      sdk.client.fetch<{ close: { period: string; programs: { code: string; participants: number; accruals: number }[] } }>(
        "/admin/dealer-reward-periods/close",
        { method: "POST", body: { period } }
      ),
    onSuccess: invalidate,
  })
}

export function useDecideAccruals() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: ({ ids, reason }: { ids: string[]; reason?: string }) =>
      sdk.client.fetch<{ approved?: string[]; rejected?: string[]; skipped: string[] }>(
        `/admin/dealer-reward-accruals/${reason ? "reject" : "approve"}`,
        { method: "POST", body: reason ? { ids, reason } : { ids } }
      ),
    onSuccess: invalidate,
  })
}

export function useDealerWallet(dealerId: string) {
  return useQuery({
    queryKey: rewardKeys.wallet(dealerId),
    queryFn: () =>
      sdk.client.fetch<{ wallet: { balances: WalletBalance[] }; entries: WalletEntry[]; count: number }>(
        `/admin/dealers/${dealerId}/wallet`,
        { query: { limit: 10 } }
      ),
  })
}

export function useDealerPayouts(dealerId: string) {
  return useQuery({
    queryKey: rewardKeys.payouts(dealerId),
    queryFn: () =>
      sdk.client.fetch<{ payouts: DealerPayout[] }>("/admin/dealer-payouts", {
        query: { dealer_id: dealerId, limit: 10, order: "-created_at" },
      }),
  })
}

export function useCreatePayout(dealerId: string) {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (body: { amount: string; form?: PayoutForm; note?: string }) =>
      sdk.client.fetch<{ payout: DealerPayout }>(`/admin/dealers/${dealerId}/payouts`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** approve, mark-paid (with the bank's reference) or cancel a cash payout. */
export function usePayoutAction() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: ({ id, action, reference }: { id: string; action: "approve" | "mark-paid" | "cancel"; reference?: string }) =>
      sdk.client.fetch(`/admin/dealer-payouts/${id}/${action}`, {
        method: "POST",
        body: action === "mark-paid" ? { reference } : {},
      }),
    onSuccess: invalidate,
  })
}

export type NewRewardProgram = {
  code: string
  name: string
  period_type: "month" | "quarter" | "year"
  valid_from: string
  status: "draft" | "active"
  currency_code: string
  rules: unknown
}

export function useCreateRewardProgram() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (body: NewRewardProgram) =>
      sdk.client.fetch<{ program: RewardProgram }>("/admin/dealer-reward-programs", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export type SimulatedRule = {
  rule_id: string
  name: string
  earned: boolean
  amount: string
  kind: string
  next: {
    next_tier: { shortfall: string; sales_shortfall?: string; next_tier_from: string; additional_reward: string; measure: string } | null
    unmet_conditions: { metric: string; op: string; value: string; actual: string | null }[]
  } | null
}

export function useSimulateRewards(programId: string) {
  return useMutation({
    mutationFn: (body: { dealer_id: string; period: string; rules?: unknown }) =>
      sdk.client.fetch<{ simulation: { period: string; program: { currency_code: string }; rules: SimulatedRule[] } }>(
        `/admin/dealer-reward-programs/${programId}/simulate`,
        { method: "POST", body }
      ),
  })
}
