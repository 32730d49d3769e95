import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"

export const deleteMaterialStepId = "dealer-network-delete-material"

/** Takes a material out of the catalogue (soft delete: its requests keep their lines); undone by restoring it. */
export const deleteMaterialStep = createStep(
  deleteMaterialStepId,
  async (input: { id: string }, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.retrieveDealerMaterial(input.id)
    await engagement.softDeleteDealerMaterials(input.id)
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.restoreDealerMaterials(id)
  }
)
