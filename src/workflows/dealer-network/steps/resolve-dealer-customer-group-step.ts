import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const resolveDealerCustomerGroupStepId = "dealer-network-resolve-dealer-customer-group"

/**
 * The id of the customer group that carries the dealer's prices, when it
 * exists; a dealer without one (made past the dealer API, or its group
 * deleted) is refused by name when `required`, else answers null.
 */
export const resolveDealerCustomerGroupStep = createStep(
  resolveDealerCustomerGroupStepId,
  async (input: { dealer_id: string; required: boolean }, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const dealer = await service.retrieveDealer(input.dealer_id, { select: ["id", "code", "customer_group_id"] })
    const [group] = dealer.customer_group_id
      ? await container.resolve(Modules.CUSTOMER).listCustomerGroups({ id: dealer.customer_group_id }, { select: ["id"] })
      : []
    if (!group && input.required) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `dealer_id: dealer ${dealer.code} has no customer group (its members get the dealer's prices through it)` +
          (dealer.customer_group_id ? `; group ${dealer.customer_group_id} was deleted` : "")
      )
    }
    return new StepResponse(group?.id ?? null)
  }
)
