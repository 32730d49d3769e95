import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const deleteTerritoryStepId = "dealer-network-delete-territory"

/** Soft-deletes a territory with no territories below it and no zones in it. */
export const deleteTerritoryStep = createStep(
  deleteTerritoryStepId,
  async (id: string, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const territory = await service.retrieveDealerTerritory(id)
    const [[, children], [, zones]] = await Promise.all([
      service.listAndCountDealerTerritories({ parent_id: id }, { take: 1, select: ["id"] }),
      service.listAndCountDealerZones({ territory_id: id }, { take: 1, select: ["id"] }),
    ])
    if (children || zones) {
      const blockers = [
        children && `${children} territory(ies) below it`,
        zones && `${zones} zone(s) of responsibility`,
      ].filter(Boolean)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Territory ${territory.code} has ${blockers.join(" and ")}; remove them first`
      )
    }
    await service.softDeleteDealerTerritories(id)
    return new StepResponse(territory, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.restoreDealerTerritories(id)
  }
)
