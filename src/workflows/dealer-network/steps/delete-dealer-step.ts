import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const deleteDealerStepId = "dealer-network-delete-dealer"

/** Soft-deletes a dealer with no partners below it, with its members, zones and agreements. */
export const deleteDealerStep = createStep(
  deleteDealerStepId,
  async (id: string, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const dealer = await service.assertDealerRemovable(id)
    await service.softDeleteDealers(id)
    return new StepResponse(dealer, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.restoreDealers(id)
  }
)
