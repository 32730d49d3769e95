import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/amounts"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { MaterialKind } from "../../../types/engagement"
import { alreadyExists } from "../../../lib/refusals"

export const createMaterialStepId = "dealer-network-create-material"

export type MaterialFields = {
  code: string
  title: string
  description?: string | null
  kind: MaterialKind
  image_url?: string | null
  points_price: string
  stock?: number | null
  tier_ids?: string[]
  is_active?: boolean
}

/** Refuses a code another material has. */
export async function assertMaterialCodeFree(engagement: EngagementModuleService, code: string, exceptId?: string) {
  const [taken] = await engagement.listDealerMaterials({ code }, { select: ["id"], take: 1 })
  if (taken && taken.id !== exceptId) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, alreadyExists("code", "material", code))
  }
}

/** Refuses tier ids that name no tier: such a material could be ordered by nobody. */
export async function assertTiersExist(container: { resolve: <T>(key: string) => T }, tierIds: string[] | undefined) {
  if (!tierIds?.length) return
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const found = await network.listDealerTiers({ id: tierIds }, { select: ["id"] })
  const missing = tierIds.find((id) => !found.some((tier) => tier.id === id))
  if (missing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `tier_ids: no tier ${missing.slice(0, 40)}`)
}

/** A catalogue entry; undone by deleting it. */
export const createMaterialStep = createStep(
  createMaterialStepId,
  async (input: MaterialFields, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await assertMaterialCodeFree(engagement, input.code)
    await assertTiersExist(container, input.tier_ids)
    const material = await engagement.createDealerMaterials({ ...input, points_price: exactAmount(input.points_price) })
    return new StepResponse({ id: material.id }, material.id)
  },
  async (id, { container }) => {
    if (!id) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.deleteDealerMaterials(id)
  }
)
