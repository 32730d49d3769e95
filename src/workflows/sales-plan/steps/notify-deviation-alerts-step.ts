import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { deviationAlertText } from "../../../lib/notice-format"
import { dealerContacts, DEVIATION_ALERT_TEMPLATE, recipientsOf, sendNotifications } from "../notifications"

export const notifyDeviationAlertsStepId = "dealer-network-notify-deviation-alerts"

export type AlertToNotify = {
  id: string
  dealer_id: string
  period_key: string
  alert_date: string
  kind: string
  figures: Record<string, unknown>
  message: string
}

const TITLES: Record<string, string> = {
  behind_plan: "Dealer behind plan",
  projection_miss: "Dealer heading to miss its plan",
  volume_commitment: "Dealer short of its volume commitment",
}

/**
 * Tells the admins (admin feed; e-mail when `alertEmail` is set) and the
 * dealer's owners (e-mail) about each new alert, with template
 * "dealer-network.deviation-alert" and the figures in `data`. Notifications
 * cannot be taken back, so there is nothing to undo; sending never fails the
 * workflow.
 */
export const notifyDeviationAlertsStep = createStep(
  notifyDeviationAlertsStepId,
  async (alerts: AlertToNotify[], { container }) => {
    if (!alerts.length) return new StepResponse({ sent: 0, failed: 0, skipped: 0 })
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const { alertEmail, noticeLocale } = network.getOptions()
    const contacts = await dealerContacts(
      container,
      alerts.map((alert) => alert.dealer_id)
    )
    const notifications = alerts.flatMap((alert) => {
      const contact = contacts.get(alert.dealer_id)
      const text = (contact && deviationAlertText(alert.kind, contact, alert.figures, noticeLocale)) ?? alert.message
      return recipientsOf(contact, alertEmail).map((recipient) => ({
        to: recipient.to,
        channel: recipient.channel,
        template: DEVIATION_ALERT_TEMPLATE,
        trigger_type: `dealer-network.alert.${alert.kind}`,
        resource_id: alert.id,
        resource_type: "dealer_deviation_alert",
        idempotency_key: `${DEVIATION_ALERT_TEMPLATE}:${alert.id}:${recipient.channel}:${recipient.to}`,
        data: {
          title: TITLES[alert.kind] ?? "Dealer alert",
          description: text,
          audience: recipient.audience,
          alert_id: alert.id,
          kind: alert.kind,
          period_key: alert.period_key,
          alert_date: alert.alert_date,
          message: alert.message,
          dealer: contact ? { id: contact.id, code: contact.code, name: contact.name } : { id: alert.dealer_id },
          figures: alert.figures,
        },
      }))
    })
    return new StepResponse(await sendNotifications(container, notifications))
  }
)
