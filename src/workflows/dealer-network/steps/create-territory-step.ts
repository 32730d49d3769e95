import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { CreateTerritoryInput } from "../../../types/dealer-network"

export const createTerritoryStepId = "dealer-network-create-territory"

/** A territory placed in the country → region → city tree. */
export const createTerritoryStep = createStep(
  createTerritoryStepId,
  async (input: CreateTerritoryInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    if (input.parent_id) {
      const [parent] = await service.listDealerTerritories({ id: input.parent_id }, { take: 1, select: ["id"] })
      if (!parent) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `parent_id: territory ${input.parent_id} was not found`
        )
      }
    }
    const territory = await service.createTerritoryInTree(input)
    return new StepResponse(territory, territory.id)
  },
  async (territoryId, { container }) => {
    if (!territoryId) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.deleteDealerTerritories(territoryId)
  }
)
