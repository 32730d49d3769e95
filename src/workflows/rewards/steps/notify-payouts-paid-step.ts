import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { rawAmount } from "../../../lib/amounts"
import { payoutPaidText } from "../../../lib/notice-format"
import { dealerContacts, recipientsOf, sendNotifications } from "../../sales-plan/notifications"

export const notifyPayoutsPaidStepId = "dealer-network-notify-payouts-paid"
export const PAYOUT_PAID_TEMPLATE = "dealer-network.payout-paid"

/**
 * Tells the admins (feed) and each dealer's owners (e-mail) that a cash
 * payout was paid, the figures in `data`. Sending never fails the workflow.
 */
export const notifyPayoutsPaidStep = createStep(
  notifyPayoutsPaidStepId,
  async (payoutIds: string[], { container }) => {
    if (!payoutIds.length) return new StepResponse({ sent: 0, failed: 0, skipped: 0 })
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const { alertEmail, noticeLocale } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
    const payouts = await rewards.listDealerPayouts({ id: payoutIds, status: "paid" })
    const contacts = await dealerContacts(container, payouts.map((payout) => payout.dealer_id))
    const notifications = payouts.flatMap((payout) => {
      const contact = contacts.get(payout.dealer_id)
      const amount = rawAmount(payout, "amount")
      const description = payoutPaidText(
        {
          dealer: contact ?? { code: payout.dealer_id, name: payout.dealer_id },
          amount,
          currency_code: payout.currency_code,
          paid_at: payout.paid_at!,
          reference: payout.reference,
        },
        noticeLocale
      )
      return recipientsOf(contact, alertEmail).map((recipient) => ({
        to: recipient.to,
        channel: recipient.channel,
        template: PAYOUT_PAID_TEMPLATE,
        trigger_type: "dealer-network.payout.paid",
        resource_id: payout.id,
        resource_type: "dealer_payout",
        idempotency_key: `${PAYOUT_PAID_TEMPLATE}:${payout.id}:${recipient.channel}:${recipient.to}`,
        data: {
          title: "Reward payout paid",
          description,
          audience: recipient.audience,
          dealer: contact ? { id: contact.id, code: contact.code, name: contact.name } : { id: payout.dealer_id },
          payout_id: payout.id,
          amount,
          currency_code: payout.currency_code,
          paid_at: payout.paid_at,
          reference: payout.reference,
        },
      }))
    })
    return new StepResponse(await sendNotifications(container, notifications))
  }
)
