import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const deleteTierStepId = "dealer-network-delete-tier"

/** Soft-deletes a tier that no dealer holds. */
export const deleteTierStep = createStep(
  deleteTierStepId,
  async (id: string, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const tier = await service.retrieveDealerTier(id)
    const [, holders] = await service.listAndCountDealers({ tier_id: id }, { take: 1, select: ["id"] })
    if (holders > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Tier ${tier.name} is held by ${holders} dealer(s); move them to another tier first`
      )
    }
    await service.softDeleteDealerTiers(id)
    return new StepResponse(tier, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.restoreDealerTiers(id)
  }
)
