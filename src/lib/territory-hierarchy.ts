// Rules of the territory tree: country → region → city.
import type { TerritoryType } from "../types/dealer-network"

const TYPE_DEPTH: Record<TerritoryType, number> = { country: 0, region: 1, city: 2 }

/** Why a territory of `type` cannot sit under `parentType`, or null when it can. */
export function territoryPlacementProblem(
  type: TerritoryType,
  parentType: TerritoryType | null
): string | null {
  if (parentType === null) {
    return type === "country" ? null : `a ${type} must have a parent territory`
  }
  if (TYPE_DEPTH[parentType] >= TYPE_DEPTH[type]) {
    return `a ${type} cannot sit under a ${parentType}`
  }
  return null
}

/** Normalises a postal code for prefix matching: upper case, no spaces or dashes. */
export function normalizePostalCode(postalCode: string): string {
  return postalCode.replace(/[\s-]/g, "").toUpperCase()
}
