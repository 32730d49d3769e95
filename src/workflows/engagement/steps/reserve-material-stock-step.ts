import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { MaterialRequestInput } from "../../../modules/engagement/service"

export const reserveMaterialStockStepId = "dealer-network-reserve-material-stock"

/** Takes the units from the stock (the materials locked: never more than there are) and records the request; undone by giving them back. */
export const reserveMaterialStockStep = createStep(
  reserveMaterialStockStepId,
  async (input: MaterialRequestInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const request = await engagement.placeMaterialRequest(input)
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (!id) return
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.undoMaterialRequest(id)
  }
)
