import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dealerShare } from "../../../lib/event-cost"
import { rawAmount } from "../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { SeatReservation } from "../../../modules/engagement/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { loadEventRegistrationTerms } from "../../../queries/event-audience"
import type { EventAttendee } from "../../../types/engagement"
import { ShareTerms, splitShareOrRefuse } from "./event-share-movements"

export const prepareEventRegistrationStepId = "dealer-network-prepare-event-registration"

export type RegisterForEventInput = {
  event_id: string
  dealer_id: string
  seats: number
  attendees?: EventAttendee[]
  registered_by?: string | null
}

/**
 * Checks that the dealer is in the event's audience and works out its share
 * and how it is paid: event credit first, then money when its agreement in
 * force says `event_share_from_money: true`. A share the balances do not
 * cover is refused with the figures (and checked again under the wallet's
 * lock when it is charged).
 */
export const prepareEventRegistrationStep = createStep(
  prepareEventRegistrationStepId,
  async (input: RegisterForEventInput, { container }): Promise<StepResponse<SeatReservation & ShareTerms>> => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const event = await engagement.retrieveDealerEvent(input.event_id)
    const terms = await loadEventRegistrationTerms(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
      eventId: event.id,
      dealerId: input.dealer_id,
    })
    if (!terms?.in_audience) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "event_id: this event is not open to your dealer (its audience leaves it out)")
    }
    const currency = event.currency_code
    const share = dealerShare({
      seats: input.seats,
      cost_per_seat: rawAmount(event, "cost_per_seat"),
      share_percent: rawAmount(event, "dealer_share_percent"),
      currency_code: currency,
    })
    // A first look, to refuse before taking seats; the charge splits again under the wallet's lock.
    const split = splitShareOrRefuse(
      { share_amount: share, currency_code: currency, share_from_money: terms.share_from_money },
      await rewards.walletBalances(input.dealer_id)
    )
    return new StepResponse({
      event_id: event.id,
      dealer_id: input.dealer_id,
      seats: input.seats,
      attendees: input.attendees ?? [],
      registered_by: input.registered_by ?? null,
      currency_code: currency,
      share_amount: share,
      share_from_money: terms.share_from_money,
      paid_event_credit: split.event_credit,
      paid_money: split.money,
    })
  }
)
