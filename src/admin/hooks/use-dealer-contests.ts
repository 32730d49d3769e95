import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  CloseContestResponse,
  ContestResultListResponse,
  ContestStandingsResponse,
  ContestStatus,
  DealerContest,
  DealerContestListResponse,
  DealerContestResponse,
} from "../../types/engagement"
import { contestKeys, rewardKeys } from "./query-keys"

export type ContestsQuery = {
  status?: ContestStatus | ContestStatus[]
  dealer_id?: string
  limit?: number
  offset?: number
  order?: string
}

export function useContests(query: ContestsQuery) {
  return useQuery({
    queryKey: contestKeys.list(query),
    queryFn: () => sdk.client.fetch<DealerContestListResponse>("/admin/dealer-contests", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useContest(id: string) {
  return useQuery({
    queryKey: contestKeys.detail(id),
    queryFn: () => sdk.client.fetch<DealerContestResponse>(`/admin/dealer-contests/${id}`),
  })
}

/** The live leaderboard; refreshed every minute while the page is open. */
export function useContestStandings(id: string, enabled = true) {
  return useQuery({
    queryKey: contestKeys.standings(id),
    queryFn: () => sdk.client.fetch<ContestStandingsResponse>(`/admin/dealer-contests/${id}/standings`),
    enabled,
    refetchInterval: 60_000,
  })
}

export function useContestResults(id: string, enabled = true) {
  return useQuery({
    queryKey: contestKeys.results(id),
    queryFn: () => sdk.client.fetch<ContestResultListResponse>(`/admin/dealer-contests/${id}/results`),
    enabled,
  })
}

/** The contest fields the drawer sends (amounts as the text typed: the API reads decimal strings). */
export type ContestInput = Omit<
  DealerContest,
  "id" | "status" | "published_at" | "closed_at" | "cancelled_at" | "created_at" | "updated_at"
>

function useInvalidateContests() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: contestKeys.all }),
      // A close writes prize accruals.
      queryClient.invalidateQueries({ queryKey: rewardKeys.all }),
    ])
}

export function useSaveContest(id?: string) {
  const invalidate = useInvalidateContests()
  return useMutation({
    mutationFn: (body: Partial<ContestInput>) =>
      sdk.client.fetch<DealerContestResponse>(id ? `/admin/dealer-contests/${id}` : "/admin/dealer-contests", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

/** Publish, cancel or close (again). */
export function useContestAction(id: string, action: "publish" | "cancel" | "close") {
  const invalidate = useInvalidateContests()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<DealerContestResponse & Partial<CloseContestResponse>>(`/admin/dealer-contests/${id}/${action}`, {
        method: "POST",
        body: {},
      }),
    onSuccess: invalidate,
  })
}
