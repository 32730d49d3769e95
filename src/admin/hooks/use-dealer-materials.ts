import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  DealerMaterialListResponse,
  DealerMaterialResponse,
  MaterialKind,
  MaterialRequestListResponse,
  MaterialRequestResponse,
  MaterialRequestStatus,
} from "../../types/engagement"
import type { DeleteResponse } from "../../types/http"
import { materialKeys, rewardKeys } from "./query-keys"

export type MaterialsQuery = { q?: string; kind?: MaterialKind; limit?: number; offset?: number; order?: string }

export function useMaterials(query: MaterialsQuery) {
  return useQuery({
    queryKey: materialKeys.list(query),
    queryFn: () => sdk.client.fetch<DealerMaterialListResponse>("/admin/dealer-materials", { query }),
    placeholderData: keepPreviousData,
  })
}

export type MaterialRequestsQuery = {
  status?: MaterialRequestStatus
  dealer_id?: string
  limit?: number
  offset?: number
  order?: string
}

export function useMaterialRequests(query: MaterialRequestsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: materialKeys.requests(query),
    queryFn: () => sdk.client.fetch<MaterialRequestListResponse>("/admin/dealer-material-requests", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  })
}

/** The partner tiers a material may be limited to. */
export function useTiers() {
  return useQuery({
    queryKey: materialKeys.tiers(),
    queryFn: () =>
      sdk.client.fetch<{ tiers: { id: string; name: string; rank: number }[] }>("/admin/dealer-tiers", {
        query: { limit: 100, order: "rank", fields: "id,name,rank" },
      }),
  })
}

/** A request, a stock change or a catalogue change moves stock, requests and wallets alike. */
function useInvalidateMaterials() {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: materialKeys.all })
    queryClient.invalidateQueries({ queryKey: rewardKeys.all })
  }
}

export type MaterialInput = {
  code: string
  title: string
  description: string | null
  kind: MaterialKind
  image_url: string | null
  points_price: string
  tier_ids: string[]
  is_active: boolean
  /** Only when creating: the stock after, through adjustments. null = unlimited. */
  stock?: number | null
}

export function useSaveMaterial(id?: string) {
  const invalidate = useInvalidateMaterials()
  return useMutation({
    mutationFn: (body: MaterialInput) =>
      sdk.client.fetch<DealerMaterialResponse>(id ? `/admin/dealer-materials/${id}` : "/admin/dealer-materials", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useDeleteMaterial() {
  const invalidate = useInvalidateMaterials()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch<DeleteResponse>(`/admin/dealer-materials/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}


export function useAdjustStock() {
  const invalidate = useInvalidateMaterials()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; adjustment?: number; stock?: number | null }) =>
      sdk.client.fetch<DealerMaterialResponse>(`/admin/dealer-materials/${id}/stock`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useDecideMaterialRequest() {
  const invalidate = useInvalidateMaterials()
  return useMutation({
    mutationFn: ({ id, action, ...body }: { id: string; action: "ship" | "reject"; tracking_note?: string | null; reason?: string }) =>
      sdk.client.fetch<MaterialRequestResponse>(`/admin/dealer-material-requests/${id}/${action}`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}
