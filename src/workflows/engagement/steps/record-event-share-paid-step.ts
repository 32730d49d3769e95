import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { PaidShare } from "./event-share-movements"

export const recordEventSharePaidStepId = "dealer-network-record-event-share-paid"

/** Writes on the registration how its share was paid, as charged (what a refund gives back). */
export const recordEventSharePaidStep = createStep(recordEventSharePaidStepId, async (paid: PaidShare, { container }) => {
  const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  await engagement.updateDealerEventRegistrations({
    id: paid.id,
    paid_event_credit: exactAmount(paid.paid_event_credit),
    paid_money: exactAmount(paid.paid_money),
  } as any)
  return new StepResponse({ id: paid.id })
})
