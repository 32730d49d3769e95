import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { UpdateTerritoryInput } from "../../../types/dealer-network"

export type UpdateTerritoryStepInput = { id: string; update: UpdateTerritoryInput }

export const updateTerritoryStepId = "dealer-network-update-territory"

export const updateTerritoryStep = createStep(
  updateTerritoryStepId,
  async ({ id, update }: UpdateTerritoryStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const before = await service.retrieveDealerTerritory(id)
    const territory = await service.updateTerritoryInTree(id, update)
    const previous = Object.fromEntries(
      Object.keys(update).map((key) => [key, before[key as keyof typeof before]])
    )
    return new StepResponse(territory, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.updateDealerTerritories({ id: undo.id, ...undo.previous })
  }
)
