import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"

export const shipMaterialRequestStepId = "dealer-network-ship-material-request"

export type ShipMaterialRequestInput = { id: string; tracking_note?: string | null }

/** Marks a requested request shipped, with its tracking note; shipping it again changes nothing. */
export const shipMaterialRequestStep = createStep(
  shipMaterialRequestStepId,
  async (input: ShipMaterialRequestInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.shipMaterialRequest(input)
    return new StepResponse({ id: input.id })
  }
)
