import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dealerShare, splitShare } from "../../../lib/event-cost"
import { moneyString, rawAmount } from "../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { SeatReservation } from "../../../modules/engagement/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { loadEventRegistrationTerms } from "../../../queries/event-audience"
import type { EventAttendee } from "../../../types/engagement"

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
 * cover is refused with the figures.
 */
export const prepareEventRegistrationStep = createStep(
  prepareEventRegistrationStepId,
  async (input: RegisterForEventInput, { container }): Promise<StepResponse<SeatReservation & { currency_code: string }>> => {
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
    const balances = await rewards.walletBalances(input.dealer_id)
    const balance = (kind: string) => balances.find((b) => b.kind === kind && b.currency_code === currency)?.balance ?? "0"
    const split = splitShare(share, {
      event_credit: balance("event_credit"),
      money: terms.share_from_money ? balance("money") : null,
    })
    if (!split) {
      const inCurrency = (kind: string) => `${moneyString(balance(kind), currency)} ${currency.toUpperCase()}`
      const money = terms.share_from_money
        ? ` and money balance ${inCurrency("money")}`
        : " (the dealer's agreement does not let money pay event shares)"
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `seats: the dealer's share is ${share} ${currency.toUpperCase()}; its event credit balance ${inCurrency("event_credit")}${money} does not cover it`
      )
    }
    return new StepResponse({
      event_id: event.id,
      dealer_id: input.dealer_id,
      seats: input.seats,
      attendees: input.attendees ?? [],
      registered_by: input.registered_by ?? null,
      currency_code: currency,
      share_amount: share,
      paid_event_credit: split.event_credit,
      paid_money: split.money,
    })
  }
)
