import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { UpdateZoneInput } from "../../../types/dealer-network"
import { withZoneOverlapDescribed } from "../zone-overlap"
import { assertZoneDates, assertZoneTerritoryExists } from "./create-zone-step"

export type UpdateZoneStepInput = { id: string; update: UpdateZoneInput }

export const updateZoneStepId = "dealer-network-update-zone"

const ZONE_FIELDS = ["territory_id", "is_exclusive", "starts_at", "ends_at", "note"] as const

/** Updates a zone and, when given, replaces its assortment; undo restores both. */
export const updateZoneStep = createStep(
  updateZoneStepId,
  async ({ id, update }: UpdateZoneStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const before = await service.retrieveDealerZone(id, { relations: ["categories"] })
    assertZoneDates(
      update.starts_at ?? before.starts_at,
      update.ends_at === undefined ? before.ends_at : update.ends_at
    )
    if (update.territory_id) await assertZoneTerritoryExists(service, update.territory_id)
    const zone = await withZoneOverlapDescribed(container, () => service.updateZoneWithAssortment(id, update))
    const previous = Object.fromEntries(
      ZONE_FIELDS.filter((key) => key in update).map((key) => [key, before[key]])
    )
    const previousCategoryIds = update.product_category_ids
      ? before.categories.map((category) => category.product_category_id)
      : null
    return new StepResponse(zone, { id, previous, previousCategoryIds })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    if (Object.keys(undo.previous).length) {
      await service.updateDealerZones({ id: undo.id, ...undo.previous })
    }
    if (undo.previousCategoryIds) {
      const current = await service.listDealerZoneCategories({ zone_id: undo.id }, { select: ["id"] })
      if (current.length) await service.deleteDealerZoneCategories(current.map((row) => row.id))
      if (undo.previousCategoryIds.length) {
        await service.createDealerZoneCategories(
          undo.previousCategoryIds.map((product_category_id) => ({ zone_id: undo.id, product_category_id }))
        )
      }
    }
  }
)
