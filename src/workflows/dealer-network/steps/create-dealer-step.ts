import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { CreateDealerInput } from "../../../types/dealer-network"

export const createDealerStepId = "dealer-network-create-dealer"

export const createDealerStep = createStep(
  createDealerStepId,
  async (input: CreateDealerInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const dealer = await service.createDealerInNetwork(input)
    return new StepResponse(dealer, dealer.id)
  },
  async (dealerId, { container }) => {
    if (!dealerId) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.deleteDealers(dealerId)
  }
)
