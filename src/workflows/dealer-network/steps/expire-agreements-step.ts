import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const expireAgreementsStepId = "dealer-network-expire-agreements"

/** Marks active agreements whose validity has ended as expired. Undo makes them active again. */
export const expireAgreementsStep = createStep(
  expireAgreementsStepId,
  async (input: { now?: Date | string }, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const ids = await service.expireEndedAgreements(input.now ? new Date(input.now) : new Date())
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.updateDealerAgreements(ids.map((id) => ({ id, status: "active" as const })))
  }
)
