import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const setApplicationDealerStepId = "dealer-network-set-application-dealer"

/** Records which dealer an approved application became. */
export const setApplicationDealerStep = createStep(
  setApplicationDealerStepId,
  async (input: { id: string; dealer_id: string }, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const application = await service.updateDealerApplications(input)
    return new StepResponse(application, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.updateDealerApplications({ id, dealer_id: null })
  }
)
