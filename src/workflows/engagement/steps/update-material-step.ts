import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import { assertMaterialCodeFree, assertTiersExist, MaterialFields } from "./create-material-step"

export const updateMaterialStepId = "dealer-network-update-material"

/** Catalogue fields; the stock changes through its own adjustment (under the row lock). */
export type UpdateMaterialInput = { id: string } & Partial<Omit<MaterialFields, "stock">>

/**
 * Changes a material's catalogue fields. Requests already placed keep the
 * code, title and points they were placed with. Undone by restoring the fields.
 */
export const updateMaterialStep = createStep(
  updateMaterialStepId,
  async ({ id, ...changes }: UpdateMaterialInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const before = await engagement.retrieveDealerMaterial(id)
    if (changes.code !== undefined) await assertMaterialCodeFree(engagement, changes.code, id)
    await assertTiersExist(container, changes.tier_ids)
    const { points_price, ...rest } = changes
    await engagement.updateDealerMaterials({
      id,
      ...rest,
      ...(points_price !== undefined ? { points_price: exactAmount(points_price) } : {}),
    })
    const restore = Object.fromEntries(Object.keys(changes).map((field) => [field, (before as Record<string, unknown>)[field]]))
    return new StepResponse({ id }, { id, restore })
  },
  async (undo, { container }) => {
    if (!undo) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.updateDealerMaterials({ id: undo.id, ...undo.restore } as any)
  }
)
