import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ZoneOverlapError } from "../../modules/dealer-network/services/zones"

type OverlappingZone = {
  is_exclusive: boolean
  starts_at: string | Date
  ends_at: string | Date | null
  dealer: { code: string; name: string }
  territory: { name: string }
  categories: { product_category: { name: string } | null }[]
}

const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

/** "the exclusive zone of ALPHA · Alpha Tools in Lombardy for Drills, Saws from 2026-01-01 with no end". */
function describeZone(zone: OverlappingZone): string {
  const names = zone.categories.map((category) => category.product_category?.name).filter(Boolean).sort()
  const assortment = names.length ? names.join(", ") : "the whole assortment"
  const dates = `from ${day(zone.starts_at)} ${zone.ends_at ? `to ${day(zone.ends_at)}` : "with no end"}`
  return `the ${zone.is_exclusive ? "exclusive " : ""}zone of ${zone.dealer.code} · ${zone.dealer.name} in ${zone.territory.name} for ${assortment} ${dates}`
}

/**
 * Runs a zone write; when the module refuses it for overlapping another
 * dealer's zone, the refusal names that zone's dealer, territory, assortment
 * and dates (the module knows only its own tables, not the categories' names).
 */
export async function withZoneOverlapDescribed<T>(container: MedusaContainer, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const zoneId = (error as Partial<ZoneOverlapError>).overlapping_zone_id
    if (!zoneId) throw error
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [zone],
    } = await query.graph({
      entity: "dealer_zone",
      fields: ["is_exclusive", "starts_at", "ends_at", "dealer.code", "dealer.name", "territory.name", "categories.product_category.name"],
      filters: { id: zoneId },
    })
    if (!zone) throw error
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `territory_id: overlaps ${describeZone(zone as unknown as OverlappingZone)}: zones of different dealers may not share a place, products and dates when either is exclusive`
    )
  }
}
