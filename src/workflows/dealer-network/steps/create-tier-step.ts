import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { tierFieldTaken } from "../../../lib/refusals"

export type CreateTierInput = {
  name: string
  rank: number
  min_turnover?: number
  window_months?: number
  discount_percent?: number
  benefits?: Record<string, unknown> | null
  description?: string | null
}

export type UpdateTierInput = Partial<CreateTierInput>

/**
 * Rank and name each identify one tier. Checked before writing so the error
 * names the field; the partial unique indexes still catch a concurrent write.
 */
export async function assertUniqueTierFields(
  service: DealerNetworkModuleService,
  tierId: string | null,
  data: { name?: string; rank?: number },
  sharedContext?: Context
) {
  for (const field of ["rank", "name"] as const) {
    const value = data[field]
    if (value === undefined || value === null) continue
    const [existing] = await service.listDealerTiers({ [field]: value }, { take: 1 }, sharedContext)
    if (existing && existing.id !== tierId) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        tierFieldTaken(field, existing.name, value)
      )
    }
  }
}

export const createTierStepId = "dealer-network-create-tier"

export const createTierStep = createStep(
  createTierStepId,
  async (input: CreateTierInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await assertUniqueTierFields(service, null, input)
    const tier = await service.createDealerTiers(input)
    return new StepResponse(tier, tier.id)
  },
  async (tierId, { container }) => {
    if (!tierId) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.deleteDealerTiers(tierId)
  }
)
