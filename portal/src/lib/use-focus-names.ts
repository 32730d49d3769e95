import { useQuery } from "@tanstack/react-query"
import { usePortal } from "./portal-context"

/**
 * The names of reward focus keys ("category:pcat_…", "product:prod_…") from
 * Medusa's store API, so a hint names the category or product, not its id.
 */
export function useFocusNames(focusKeys: string[]) {
  const { sdk } = usePortal()
  const refs = [...new Set(focusKeys)].sort()
  const idsOf = (type: string) => refs.filter((key) => key.startsWith(`${type}:`)).map((key) => key.slice(type.length + 1))
  const query = useQuery({
    queryKey: ["dealer-portal", "focus-names", refs],
    enabled: refs.length > 0,
    queryFn: async () => {
      const categoryIds = idsOf("category")
      const productIds = idsOf("product")
      const [categories, products] = await Promise.all([
        categoryIds.length ? sdk.store.category.list({ id: categoryIds, fields: "id,name", limit: categoryIds.length }) : null,
        productIds.length ? sdk.store.product.list({ id: productIds, fields: "id,title", limit: productIds.length }) : null,
      ])
      return new Map<string, string>([
        ...(categories?.product_categories ?? []).map((c) => [`category:${c.id}`, c.name] as [string, string]),
        ...(products?.products ?? []).map((p) => [`product:${p.id}`, p.title ?? p.id] as [string, string]),
      ])
    },
  })
  return (focusKey: string | undefined) => (focusKey ? query.data?.get(focusKey) : undefined)
}
