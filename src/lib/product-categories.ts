export type CategoryPath = { id: string; mpath?: string | null }

/** A product's categories and every category above them (from Medusa's materialised path). */
export function categoriesWithAncestors(categories: CategoryPath[]): string[] {
  const ids = categories.flatMap((c) => [c.id, ...(c.mpath ? c.mpath.split(".") : [])])
  return [...new Set(ids.filter(Boolean))]
}
