import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const resolveOrderDealerStepId = "dealer-network-resolve-order-dealer"

/** The dealer whose member placed the order, or null for a customer outside the network. */
export const resolveOrderDealerStep = createStep(
  resolveOrderDealerStepId,
  async (input: { customer_id: string | null }, { container }) => {
    if (!input.customer_id) return new StepResponse(null)
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const [membership] = await service.listDealerMembers({ customer_id: input.customer_id })
    return new StepResponse(membership ? { dealer_id: membership.dealer_id } : null)
  }
)
