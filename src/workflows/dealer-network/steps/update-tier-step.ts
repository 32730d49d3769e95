import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { assertUniqueTierFields, UpdateTierInput } from "./create-tier-step"

export type UpdateTierStepInput = { id: string; update: UpdateTierInput }

export const updateTierStepId = "dealer-network-update-tier"

export const updateTierStep = createStep(
  updateTierStepId,
  async ({ id, update }: UpdateTierStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const before = await service.retrieveDealerTier(id)
    await assertUniqueTierFields(service, id, update)
    const tier = await service.updateDealerTiers({ id, ...update })
    const previous = Object.fromEntries(
      Object.keys(update).map((key) => [key, before[key as keyof typeof before]])
    )
    return new StepResponse(tier, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.updateDealerTiers({ id: undo.id, ...undo.previous })
  }
)
