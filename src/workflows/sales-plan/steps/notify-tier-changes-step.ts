import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { tierChangeText } from "../../../lib/notice-format"
import { dealerContacts, sendNotifications, TIER_CHANGE_TEMPLATE } from "../notifications"

export const notifyTierChangesStepId = "dealer-network-notify-tier-changes"

export type TierChangeToNotify = {
  id: string
  dealer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  reason: string
  reviewed_period: string
  figures: Record<string, any>
}

/**
 * Tells each dealer's owners (e-mail, template "dealer-network.tier-change")
 * about its new tier, with the figures of the decision in `data`.
 * Notifications cannot be taken back; sending never fails the workflow.
 */
export const notifyTierChangesStep = createStep(
  notifyTierChangesStepId,
  async (changes: TierChangeToNotify[], { container }) => {
    if (!changes.length) return new StepResponse({ sent: 0, failed: 0, skipped: 0 })
    const contacts = await dealerContacts(
      container,
      changes.map((change) => change.dealer_id)
    )
    const { noticeLocale } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
    const notifications = changes.flatMap((change) => {
      const contact = contacts.get(change.dealer_id)
      const text = contact ? tierChangeText(change.reason, contact, change.figures, noticeLocale) : change.figures.explanation
      return (contact?.owner_emails ?? []).map((to) => ({
        to,
        channel: "email",
        template: TIER_CHANGE_TEMPLATE,
        trigger_type: `dealer-network.tier.${change.reason}`,
        resource_id: change.id,
        resource_type: "dealer_tier_change",
        idempotency_key: `${TIER_CHANGE_TEMPLATE}:${change.id}:email:${to}`,
        data: {
          title: change.reason === "promotion" ? "New partner level" : "Partner level changed",
          description: text,
          dealer: contact && { id: contact.id, code: contact.code, name: contact.name },
          change_id: change.id,
          reason: change.reason,
          reviewed_period: change.reviewed_period,
          from_tier: change.figures.from_tier ?? null,
          to_tier: change.figures.to_tier ?? null,
          figures: change.figures,
        },
      }))
    })
    return new StepResponse(await sendNotifications(container, notifications))
  }
)
