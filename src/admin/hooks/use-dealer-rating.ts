import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  DealerRatingAwardListResponse,
  DealerRatingAwardResponse,
  DealerRatingLeaderboardResponse,
  DealerRatingResponse,
  RatingWeights,
  RatingWeightsResponse,
} from "../../types/engagement"
import { ratingKeys } from "./query-keys"

export type LeaderboardQuery = { period: string; territory_id?: string; distributor_id?: string; limit: number; offset: number }

/** The network's leaderboard of a month or quarter, filtered. */
export function useRatingLeaderboard(query: LeaderboardQuery) {
  return useQuery({
    queryKey: ratingKeys.leaderboard(query),
    queryFn: () => sdk.client.fetch<DealerRatingLeaderboardResponse>("/admin/dealer-rating", { query }),
    placeholderData: keepPreviousData,
  })
}

/** One dealer's score, rank and breakdown. */
export function useDealerRating(dealerId: string, period: string) {
  return useQuery({
    queryKey: ratingKeys.dealer(dealerId, period),
    queryFn: () => sdk.client.fetch<DealerRatingResponse>(`/admin/dealers/${dealerId}/rating`, { query: { period } }),
    placeholderData: keepPreviousData,
  })
}

export function useRatingWeights() {
  return useQuery({
    queryKey: ratingKeys.weights(),
    queryFn: () => sdk.client.fetch<RatingWeightsResponse>("/admin/dealer-rating/weights"),
  })
}

/** Saves the admin's weights; every score changes with them. */
export function useSaveRatingWeights() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (weights: Partial<Record<keyof RatingWeights, number | null>>) =>
      sdk.client.fetch<RatingWeightsResponse>("/admin/dealer-rating/weights", { method: "POST", body: { weights } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ratingKeys.all }),
  })
}

export function useRatingAwards(query: { limit: number; offset: number; dealer_id?: string }) {
  return useQuery({
    queryKey: ratingKeys.awards(query),
    queryFn: () => sdk.client.fetch<DealerRatingAwardListResponse>("/admin/dealer-rating/awards", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Records the dealer of an ended month or quarter (once; again answers the first). */
export function useRecordRatingAward() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (period: string) =>
      sdk.client.fetch<DealerRatingAwardResponse>("/admin/dealer-rating/awards", {
        method: "POST",
        body: { period },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ratingKeys.all }),
  })
}

type TerritoryOption = { id: string; code: string; name: string }

/** Territories to filter by. */
export function useTerritoryOptions() {
  return useQuery({
    queryKey: ratingKeys.territories(),
    queryFn: () =>
      sdk.client.fetch<{ territories: TerritoryOption[] }>("/admin/dealer-territories", {
        query: { limit: 200, fields: "id,code,name", order: "code" },
      }),
    staleTime: 5 * 60_000,
  })
}
