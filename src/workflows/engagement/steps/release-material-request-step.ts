import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"

export const releaseMaterialRequestStepId = "dealer-network-release-material-request"

export type ReleaseMaterialRequestInput = {
  id: string
  to: "rejected" | "cancelled"
  /** Why the admin rejects it. */
  reason?: string | null
  /** A member cancelling: another dealer's request is not found. */
  dealer_id?: string
}

/** Ends a requested request (rejected or cancelled) and puts its units back in stock; again, it changes nothing. */
export const releaseMaterialRequestStep = createStep(
  releaseMaterialRequestStepId,
  async (input: ReleaseMaterialRequestInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    return new StepResponse(await engagement.releaseMaterialRequest(input))
  }
)
