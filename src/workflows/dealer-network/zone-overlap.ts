import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ZoneOverlapError } from "../../modules/dealer-network/services/zones"
import { type OverlappingZone, zoneOverlap } from "../../lib/refusals"

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
      zoneOverlap(zone as unknown as OverlappingZone)
    )
  }
}
