import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { saveDownload } from "../lib/download"
import { sdk } from "../lib/sdk"
import type { DealerRole } from "../../types/dealer-network"
import type { DeleteResponse } from "../../types/http"
import type { DealerPlanListResponse, DealerPlanResponse, DealerProgressResponse, PlanImportResult, RankedProgressResponse, TargetMetric, TargetType } from "../../types/sales-plan"
import { planKeys } from "./query-keys"

/** The dealer's plan, actual, deviation, focus targets and sub-network roll-up for a month. */
export function useDealerProgress(dealerId: string, period: string) {
  return useQuery({
    queryKey: planKeys.progress(dealerId, period),
    queryFn: () =>
      sdk.client.fetch<DealerProgressResponse>(`/admin/dealers/${dealerId}/progress`, {
        query: { period },
      }),
    placeholderData: keepPreviousData,
  })
}

/** The dealer's plan for a month with its focus targets, or null when it has none. */
export function useDealerPlan(dealerId: string, period: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.plan(dealerId, period),
    queryFn: async () => {
      const { plans } = await sdk.client.fetch<DealerPlanListResponse>("/admin/dealer-plans", {
        query: { dealer_id: dealerId, period_key: period, limit: 1 },
      })
      return plans[0] ?? null
    },
    enabled: options.enabled ?? true,
  })
}

export type PlanTargetInput = {
  target_type: TargetType
  target_id: string
  metric: TargetMetric
  target_value: number
  label?: string | null
}

export type SavePlanInput = {
  /** The plan to update; a new plan is created without it. */
  id?: string
  dealer_id: string
  period: string
  target_amount: number
  target_order_count?: number | null
  note?: string | null
  targets?: PlanTargetInput[]
}

/** Creates the month's plan, or updates the existing one. */
export function useSaveDealerPlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, dealer_id, period, ...body }: SavePlanInput) =>
      id
        ? sdk.client.fetch<DealerPlanResponse>(`/admin/dealer-plans/${id}`, { method: "POST", body })
        : sdk.client.fetch<DealerPlanResponse>("/admin/dealer-plans", {
            method: "POST",
            body: { dealer_id, period, ...body },
          }),
    // A plan changes its dealer's progress, its upline's roll-ups and the ranking.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  })
}

export function useDeleteDealerPlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<DeleteResponse>(`/admin/dealer-plans/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  })
}

export type RankedProgressQuery = {
  period: string
  role?: DealerRole
  tier_id?: string
  territory_id?: string
  limit?: number
  offset?: number
}

/** Every dealer with a plan or sales in the month, most behind first. */
export function useRankedProgress(query: RankedProgressQuery) {
  return useQuery({
    queryKey: planKeys.ranked(query),
    queryFn: () => sdk.client.fetch<RankedProgressResponse>("/admin/dealer-progress", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Checks (dry run) or imports a CSV of plans; see the README for the format. */
export function useImportPlans() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { csv: string; dry_run: boolean }) =>
      sdk.client.fetch<PlanImportResult>("/admin/dealer-plans/import", { method: "POST", body }),
    onSuccess: (result) => {
      if (!result.dry_run) queryClient.invalidateQueries({ queryKey: planKeys.all })
    },
  })
}

/** Downloads the month's plans with their actuals as CSV (the export route's file). */
export async function downloadPlansCsv(period: string) {
  const response = await sdk.client.fetch<Response>("/admin/dealer-plans/export", {
    query: { period },
    headers: { accept: "text/csv" },
  })
  return saveDownload(response, `dealer-plans-${period}.csv`)
}

/** Titles of the products and names of the categories the focus targets point at. */
export function useTargetNames(targets: { target_type: TargetType; target_ref: string }[]) {
  const productIds = [...new Set(targets.filter((t) => t.target_type === "product").map((t) => t.target_ref))].sort()
  const categoryIds = [...new Set(targets.filter((t) => t.target_type === "category").map((t) => t.target_ref))].sort()
  return useQuery({
    queryKey: planKeys.targetNames([...productIds, ...categoryIds]),
    queryFn: async () => {
      const names = new Map<string, string>()
      const [products, categories] = await Promise.all([
        productIds.length
          ? sdk.client.fetch<{ products: { id: string; title: string }[] }>("/admin/products", {
              query: { id: productIds, fields: "id,title", limit: productIds.length },
            })
          : null,
        categoryIds.length
          ? sdk.client.fetch<{ product_categories: { id: string; name: string }[] }>(
              "/admin/product-categories",
              { query: { id: categoryIds, fields: "id,name", limit: categoryIds.length } }
            )
          : null,
      ])
      products?.products.forEach((p) => names.set(p.id, p.title))
      categories?.product_categories.forEach((c) => names.set(c.id, c.name))
      return names
    },
    enabled: productIds.length + categoryIds.length > 0,
    staleTime: 5 * 60_000,
  })
}

export type CatalogItem = { id: string; name: string; detail?: string }

/** Products or categories matching a search, for picking a focus target. */
export function useCatalogSearch(type: TargetType, q: string, enabled: boolean) {
  const term = q.trim()
  return useQuery({
    queryKey: ["dealer-network", "catalog", type, term],
    queryFn: async (): Promise<CatalogItem[]> => {
      if (type === "product") {
        const { products } = await sdk.client.fetch<{
          products: { id: string; title: string; handle: string }[]
        }>("/admin/products", { query: { q: term || undefined, limit: 8, fields: "id,title,handle" } })
        return products.map((p) => ({ id: p.id, name: p.title, detail: p.handle }))
      }
      const { product_categories } = await sdk.client.fetch<{
        product_categories: { id: string; name: string; handle: string }[]
      }>("/admin/product-categories", { query: { q: term || undefined, limit: 8, fields: "id,name,handle" } })
      return product_categories.map((c) => ({ id: c.id, name: c.name, detail: c.handle }))
    },
    enabled,
    placeholderData: keepPreviousData,
  })
}
