import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const deleteZoneStepId = "dealer-network-delete-zone"

/** Soft-deletes a zone of responsibility with its assortment. */
export const deleteZoneStep = createStep(
  deleteZoneStepId,
  async (id: string, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const zone = await service.retrieveDealerZone(id)
    await service.softDeleteDealerZones(id)
    return new StepResponse(zone, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.restoreDealerZones(id)
  }
)
