import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { withZoneOverlapDescribed } from "../zone-overlap"
import type { CreateZoneInput } from "../../../types/dealer-network"

export const createZoneStepId = "dealer-network-create-zone"

/** 404 naming territory_id when the territory does not exist. */
export async function assertZoneTerritoryExists(service: DealerNetworkModuleService, territoryId: string) {
  const [territory] = await service.listDealerTerritories({ id: territoryId }, { take: 1, select: ["id"] })
  if (!territory) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `territory_id: territory ${territoryId} was not found`)
  }
}

/** 400 naming ends_at when the zone would end before it starts. */
export function assertZoneDates(startsAt: Date | string, endsAt: Date | string | null | undefined) {
  if (endsAt && new Date(endsAt) <= new Date(startsAt)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `ends_at: must be after starts_at (${new Date(startsAt).toISOString()})`
    )
  }
}

/** A zone of responsibility with its assortment; refuses overlaps with another dealer's exclusive zone. */
export const createZoneStep = createStep(
  createZoneStepId,
  async (input: CreateZoneInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    assertZoneDates(input.starts_at, input.ends_at)
    await assertZoneTerritoryExists(service, input.territory_id)
    const zone = await withZoneOverlapDescribed(container, () => service.createZoneWithAssortment(input))
    return new StepResponse(zone, zone.id)
  },
  async (zoneId, { container }) => {
    if (!zoneId) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    // The zone's category rows go with it (on delete cascade).
    await service.deleteDealerZones(zoneId)
  }
)
