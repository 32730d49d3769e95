import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type { OrderSaleLocationInput } from "../../../modules/dealer-network/conflict-types"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const locateOrderSaleStepId = "dealer-network-locate-order-sale"

/**
 * Where an order stands in the dealer network, in one query: the dealer whose
 * member placed it (null for a customer outside the network), the territory it
 * ships to, the zones there and the conflict terms of the dealer's agreement.
 */
export const locateOrderSaleStep = createStep(
  locateOrderSaleStepId,
  async (input: Omit<OrderSaleLocationInput, "customer_id"> & { customer_id: string | null }, { container }) => {
    if (!input.customer_id) return new StepResponse(null)
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    return new StepResponse(await service.locateOrderSale({ ...input, customer_id: input.customer_id }))
  }
)
