import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"

export const cancelEventRegistrationStepId = "dealer-network-cancel-event-registration"

export type CancelEventRegistrationInput = {
  id: string
  /** A store caller's own dealer: another dealer's registration is not found. */
  dealer_id?: string
}

/** Frees the seats; refunded when cancelled before the event's cancellation deadline. */
export const cancelEventRegistrationStep = createStep(
  cancelEventRegistrationStepId,
  async (input: CancelEventRegistrationInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    return new StepResponse([await engagement.cancelRegistration(input)])
  }
)
