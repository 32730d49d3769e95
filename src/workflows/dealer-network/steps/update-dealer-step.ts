import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { UpdateDealerInput } from "../../../types/dealer-network"

export type UpdateDealerStepInput = { id: string; update: UpdateDealerInput }

export const updateDealerStepId = "dealer-network-update-dealer"

export const updateDealerStep = createStep(
  updateDealerStepId,
  async ({ id, update }: UpdateDealerStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const before = await service.retrieveDealer(id)
    const dealer = await service.updateDealerInNetwork(id, update)
    const previous = Object.fromEntries(
      Object.keys(update).map((key) => [key, before[key as keyof typeof before]])
    )
    return new StepResponse(dealer, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.updateDealers({ id: undo.id, ...undo.previous })
  }
)
