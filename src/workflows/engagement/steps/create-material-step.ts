import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { MaterialKind } from "../../../types/engagement"

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
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `code: material ${code} already exists`)
  }
}

/** A catalogue entry; undone by deleting it. */
export const createMaterialStep = createStep(
  createMaterialStepId,
  async (input: MaterialFields, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await assertMaterialCodeFree(engagement, input.code)
    const material = await engagement.createDealerMaterials({ ...input, points_price: exactAmount(input.points_price) })
    return new StepResponse({ id: material.id }, material.id)
  },
  async (id, { container }) => {
    if (!id) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.deleteDealerMaterials(id)
  }
)
