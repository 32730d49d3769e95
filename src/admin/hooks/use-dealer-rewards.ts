import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { DeleteResponse } from "../../types/http"
import type { AccrualStatus, ApprovedAccrualsResponse, DealerPayoutListResponse, DealerPayoutResponse, DealerWalletResponse, PayoutForm, PayoutStatus, PeriodCloseResponse, ProgramPeriodType, ProgramStatus, RejectedAccrualsResponse, AdminRewardAccrualListResponse, RewardKind, RewardProgram, RewardProgramListResponse, RewardProgramResponse, RewardRuleResponse, RewardSimulationResponse } from "../../types/rewards"
import type { Translate, WordsContext } from "../lib/reward-text"
import { parseFocusKey } from "../lib/rule-draft"
import { dealerKeys, rewardKeys } from "./query-keys"
import { useTargetNames } from "./use-dealer-plans"
import { useTexts } from "./use-texts"

export type RewardProgramsQuery = {
  q?: string
  status?: ProgramStatus | ProgramStatus[]
  limit?: number
  offset?: number
  order?: string
}

export function useRewardPrograms(query: RewardProgramsQuery = { limit: 100 }) {
  return useQuery({
    queryKey: rewardKeys.programs(query),
    queryFn: () => sdk.client.fetch<RewardProgramListResponse>("/admin/dealer-reward-programs", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useRewardProgram(id: string) {
  return useQuery({
    queryKey: rewardKeys.program(id),
    queryFn: () => sdk.client.fetch<RewardProgramResponse>(`/admin/dealer-reward-programs/${id}`),
  })
}

/** Every reward query: a close, a decision or a payout changes accruals, wallets and payouts alike. */
function useInvalidateRewards() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: rewardKeys.all })
}

export type RewardRuleInput = {
  name: string
  description?: string | null
  is_active?: boolean
  /** The rule's JSON as the admin typed it; the API checks it part by part. */
  definition: unknown
}

export type NewRewardProgram = {
  code: string
  name: string
  description?: string | null
  period_type: ProgramPeriodType
  valid_from: string
  valid_to?: string | null
  status: ProgramStatus
  currency_code: string
  hold_overdue?: boolean
  rules: RewardRuleInput[]
}

export function useCreateRewardProgram() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (body: NewRewardProgram) =>
      sdk.client.fetch<RewardProgramResponse>("/admin/dealer-reward-programs", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export type RewardProgramUpdate = Partial<Omit<NewRewardProgram, "code" | "rules">>

export function useUpdateRewardProgram(id: string) {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (body: RewardProgramUpdate) =>
      sdk.client.fetch<RewardProgramResponse>(`/admin/dealer-reward-programs/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Adds a rule to the program, or changes one when `rule_id` is given. */
export function useSaveRewardRule(programId: string) {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: ({ rule_id, ...body }: RewardRuleInput & { rule_id?: string }) =>
      sdk.client.fetch<RewardRuleResponse>(
        rule_id
          ? `/admin/dealer-reward-programs/${programId}/rules/${rule_id}`
          : `/admin/dealer-reward-programs/${programId}/rules`,
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

export function useDeleteRewardRule(programId: string) {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (ruleId: string) =>
      sdk.client.fetch<DeleteResponse>(`/admin/dealer-reward-programs/${programId}/rules/${ruleId}`, {
        method: "DELETE",
      }),
    onSuccess: invalidate,
  })
}

/** What a dealer would earn for a period under the program's rules, or under draft rules sent instead. */
export function useSimulateRewards(programId: string) {
  return useMutation({
    mutationFn: (body: { dealer_id: string; period: string; rules?: { name: string; definition: unknown }[] }) =>
      sdk.client.fetch<RewardSimulationResponse>(`/admin/dealer-reward-programs/${programId}/simulate`, {
        method: "POST",
        body,
      }),
  })
}

/** The program a draft rule is simulated in: a saved one (with its id), or one being created. */
export type SimulatedProgram = Pick<RewardProgram, "period_type" | "currency_code"> & { id?: string }

/**
 * What a dealer would earn for a period under one draft rule, asked again
 * whenever the draft changes (`draft` null: nothing to ask yet). A program
 * not created yet is simulated in its currency.
 */
export function useDraftSimulation(
  program: SimulatedProgram,
  draft: { dealer_id: string; period: string; rule: { name: string; definition: unknown } } | null
) {
  const body = draft && { dealer_id: draft.dealer_id, period: draft.period, rules: [draft.rule] }
  const [path, programBody] = program.id
    ? [`/admin/dealer-reward-programs/${program.id}/simulate`, {}]
    : ["/admin/dealer-reward-simulations", { currency_code: program.currency_code }]
  return useQuery({
    queryKey: rewardKeys.draftSimulation(program.id ?? "new", { ...programBody, ...body }),
    queryFn: () =>
      sdk.client.fetch<RewardSimulationResponse>(path, {
        method: "POST",
        body: { ...programBody, ...body! },
      }),
    enabled: !!body,
    placeholderData: keepPreviousData,
    retry: false,
  })
}

export function useClosePeriod() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (period: string) =>
      sdk.client.fetch<PeriodCloseResponse>("/admin/dealer-reward-periods/close", {
        method: "POST",
        body: { period },
      }),
    onSuccess: invalidate,
  })
}

export type RewardAccrualsQuery = {
  dealer_id?: string
  program_id?: string
  period_key?: string
  status?: AccrualStatus
  limit?: number
  offset?: number
  order?: string
}

export function useRewardAccruals(query: RewardAccrualsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: rewardKeys.accruals(query),
    queryFn: () =>
      sdk.client.fetch<AdminRewardAccrualListResponse>("/admin/dealer-reward-accruals", {
        query: { order: "-created_at", ...query },
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

/** Bulk approval: pending accruals go to the wallets; the others come back as skipped. */
export function useApproveAccruals() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (ids: string[]) =>
      sdk.client.fetch<ApprovedAccrualsResponse>("/admin/dealer-reward-accruals/approve", {
        method: "POST",
        body: { ids },
      }),
    onSuccess: invalidate,
  })
}

/** Bulk rejection of pending and held accruals, with the reason. */
export function useRejectAccruals() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (body: { ids: string[]; reason: string }) =>
      sdk.client.fetch<RejectedAccrualsResponse>("/admin/dealer-reward-accruals/reject", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export type WalletQuery = { kind?: RewardKind; limit?: number; offset?: number }

/** The dealer's balances by kind and a page of its statement, newest first. */
export function useDealerWallet(dealerId: string, query: WalletQuery) {
  return useQuery({
    queryKey: rewardKeys.wallet(dealerId, query),
    queryFn: () => sdk.client.fetch<DealerWalletResponse>(`/admin/dealers/${dealerId}/wallet`, { query }),
    placeholderData: keepPreviousData,
  })
}

export type PayoutsQuery = { status?: PayoutStatus | PayoutStatus[]; form?: PayoutForm; limit?: number; offset?: number }

export function useDealerPayouts(dealerId: string, query: PayoutsQuery) {
  return useQuery({
    queryKey: rewardKeys.payouts(dealerId, query),
    queryFn: () =>
      sdk.client.fetch<DealerPayoutListResponse>("/admin/dealer-payouts", {
        query: { dealer_id: dealerId, order: "-created_at", ...query },
      }),
    placeholderData: keepPreviousData,
  })
}

export type NewPayout = { amount: string; form?: PayoutForm; program_id?: string; note?: string | null }

export function useCreatePayout(dealerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewPayout) =>
      sdk.client.fetch<DealerPayoutResponse>(`/admin/dealers/${dealerId}/payouts`, { method: "POST", body }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: rewardKeys.all })
      // An offset puts credit lines on the dealer's unpaid orders.
      queryClient.invalidateQueries({ queryKey: dealerKeys.receivables(dealerId) })
    },
  })
}

export type PayoutAction =
  | { id: string; action: "approve" }
  | { id: string; action: "mark-paid"; reference: string }
  | { id: string; action: "cancel"; reason?: string }

/** A cash payout along requested → approved → (bank export) → paid, or canceled before it is paid. */
export function usePayoutAction() {
  const invalidate = useInvalidateRewards()
  return useMutation({
    mutationFn: (input: PayoutAction) =>
      sdk.client.fetch<DealerPayoutResponse>(`/admin/dealer-payouts/${input.id}/${input.action}`, {
        method: "POST",
        body:
          input.action === "mark-paid"
            ? { reference: input.reference }
            : input.action === "cancel" && input.reason
              ? { reason: input.reason }
              : {},
      }),
    onSuccess: invalidate,
  })
}

const NO_NAMES = new Map<string, string>()

/**
 * What rules in words need: the "rules" texts in the user's language, the
 * currency, and the names of the products and categories the focus keys name.
 */
export function useRuleWords(currency: string | null | undefined, focusKeys: string[]): WordsContext {
  const { t } = useTexts("rules")
  const targets = focusKeys.flatMap((key) => {
    const focus = parseFocusKey(key)
    return focus ? [{ target_type: focus.type, target_ref: focus.id }] : []
  })
  const names = useTargetNames(targets).data ?? NO_NAMES
  return { t: t as Translate, currency, names }
}
